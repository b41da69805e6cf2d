import type { InferRequestType, InferResponseType } from 'hono/client';
import type { api } from '../../api/client';

export type Category = InferResponseType<typeof api.api.categories.$get, 200>['categories'][number];
export type CategoryKind = Category['kind'];
export type NewCategory = InferRequestType<typeof api.api.categories.$post>['json'];
export type CategoryChange = InferRequestType<(typeof api.api.categories)[':categoryId']['$patch']>['json'];
