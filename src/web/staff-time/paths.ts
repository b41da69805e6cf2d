/** "Arbetstid": the share of staff time by time use per month; `?ar=2026` picks the year. */
export const STAFF_TIME_PATH = '/arbetstid';
