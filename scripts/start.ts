import { runApp } from './app/run-app';

await runApp('start');
