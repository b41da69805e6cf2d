/** "Kompetens": one's own competence record, and the unit's for its manager. */
export const COMPETENCE_PATH = '/kompetens';
