import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../platform/i18n';
import { App } from './App';
import { browserApi } from './browser-api';
import '../../components/popup.css';

// popup.html serves three ways: the toolbar popup; `?view=sheet`, the fact sheet in a tab;
// and `?tab=<id>`, the popup about another tab (how the end-to-end tests open it).
const params = new URLSearchParams(location.search);
const tabParam = Number.parseInt(params.get('tab') ?? '', 10);
const sheetOnly = params.get('view') === 'sheet';

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.classList.add(sheetOnly ? 'as-page' : 'as-popup');
if (sheetOnly) document.title = t('popupTabSheet') + ' — ' + t('extName');

const root = document.getElementById('app');
if (root) {
  render(<App api={browserApi(Number.isFinite(tabParam) ? tabParam : null)} t={t} sheetOnly={sheetOnly} />, root);
}
