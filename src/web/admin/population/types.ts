import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client';

export type PopulationList = InferResponseType<typeof api.api.population.$get, 200>;
export type PopulationYear = PopulationList['years'][number];
export type PopulationPreview = InferResponseType<typeof api.api.population.import.$post, 200>;
export type PopulationCounts = PopulationYear['totals'];
export type AreaPopulation = PopulationYear['areas'][number];
