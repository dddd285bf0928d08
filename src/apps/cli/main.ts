import { runCli } from './program.js';

/** Entry point of the `crossgate` command. */
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
