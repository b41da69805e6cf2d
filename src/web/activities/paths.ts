/** "Annat arbete": work outside shifts; `?enhet=<unitId>` picks one of the user's units. */
export const ACTIVITIES_PATH = '/annat-arbete';
