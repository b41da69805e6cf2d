/** "Riskkvällar": the shared calendar of risk nights, the unit's answers and the city's coverage. */
export const RISK_NIGHTS_PATH = '/riskkvallar';
