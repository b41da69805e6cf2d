/** "Lotsning", the follow-up of guidance; `?enhet=<unitId>` picks one of the user's units. */
export const GUIDANCE_PATH = '/lotsning';
