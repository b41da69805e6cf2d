import { requestStepUp } from '../api/client';
import { loadOverview } from './api';

/**
 * For plain download links to guarded files (the research export, a report's PDF): the browser
 * fetches those itself, past the API client, so a missing step-up would show raw JSON. This asks
 * first, then follows the link.
 */
export function stepUpBeforeDownload(event: MouseEvent): void {
  const link = event.currentTarget;
  if (!(link instanceof HTMLAnchorElement)) return;
  if (link.dataset.stepUpChecked === 'yes') {
    delete link.dataset.stepUpChecked;
    return;
  }
  event.preventDefault();
  void (async () => {
    try {
      const overview = await loadOverview();
      if (overview.municipalityRequiresSecondFactor && !overview.session.secondFactor) {
        const enrolled = overview.passkeys.length > 0 || overview.totp.enabled;
        if (!(await requestStepUp(!enrolled))) return;
      }
    } catch {
      // Could not ask: follow the link, and the server decides.
    }
    link.dataset.stepUpChecked = 'yes';
    link.click();
  })();
}
