import { i18n } from '#i18n';
import { mount } from 'svelte';
import { browser } from 'wxt/browser';
import '../../src/ui/theme.css';
import App from './App.svelte';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('ocr.title');
mount(App, { target: document.getElementById('app') as HTMLElement });
