// Runs the CLI from the TypeScript sources in a child process (tests spawn it with tsx).
import { main } from '../../src/cli/main.js';

main(['node', 'spinscope', ...process.argv.slice(2)]).then((code) => {
  process.exitCode = code;
});
