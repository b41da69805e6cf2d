import { render } from 'preact';
import './styles.css';
import './print.css';
import { App } from './App';
import { loadSession } from './auth/session';

void loadSession();

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
render(<App />, root);
