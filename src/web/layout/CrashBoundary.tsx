import { Component, type ComponentChildren } from 'preact';
import { t } from '../i18n/i18n';

type Props = { children?: ComponentChildren; resetKey: string };
type State = { failed: boolean; resetKey: string };

/**
 * Shows a calm message instead of a blank page when rendering fails (or a page's code cannot be
 * loaded after a deploy); navigating elsewhere tries again.
 */
export class CrashBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static override getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="crash">
        <h1>{t('crash.heading')}</h1>
        <p>{t('crash.text')}</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('common.reload')}
        </button>
      </div>
    );
  }
}
