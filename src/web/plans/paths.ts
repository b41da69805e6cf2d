/** "Årsplan": the own unit's plan, or for the administration every unit's. */
export const PLANS_PATH = '/arsplan';
export const unitPlanPath = (unitId: string, year?: number) =>
  `${PLANS_PATH}/${unitId}${year ? `?ar=${year}` : ''}`;
