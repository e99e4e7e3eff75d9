// Entry point of the bundle: renders the overview into #app.
import { render } from 'preact';
import { App } from './app';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no element with id "app" to render the dashboard into');
render(<App />, root);
