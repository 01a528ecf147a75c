import { render } from 'preact';
import { browserLanguage } from '../../platform/i18n';
import { App } from './App';
import { browserApi } from './browser-api';
import '../../components/fact.css';
import '../../components/popup.css';

// popup.html serves three ways: the toolbar popup; `?view=sheet`, the fact sheet in a tab;
// and `?tab=<id>`, the popup about another tab (how the end-to-end tests open it).
const params = new URLSearchParams(location.search);
const tabParam = Number.parseInt(params.get('tab') ?? '', 10);
const sheetOnly = params.get('view') === 'sheet';

// The App sets the document's lang and dir once it knows the reader's language setting.
document.documentElement.classList.add(sheetOnly ? 'as-page' : 'as-popup');
if (sheetOnly) document.title = 'Kursk Context';

const root = document.getElementById('app');
if (root) {
  render(<App api={browserApi(Number.isFinite(tabParam) ? tabParam : null)} language={browserLanguage()} sheetOnly={sheetOnly} />, root);
}
