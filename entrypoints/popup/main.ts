import { mount } from 'svelte';
import { browser } from 'wxt/browser';
import '../../src/ui/theme.css';
import App from './App.svelte';

document.documentElement.lang = browser.i18n.getUILanguage();
mount(App, { target: document.getElementById('app') as HTMLElement });
