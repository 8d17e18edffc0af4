/**
 * Browser entry point: global styles, then the shell with the list of model entries.
 */
import { mount } from 'svelte';
import './styles.css';
import App from './App.svelte';
import { modelEntries } from './models/entries';

mount(App, { target: document.getElementById('app')!, props: { entries: modelEntries } });
