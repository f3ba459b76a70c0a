// Compiled by `npm run typecheck` against the package's published declarations
// (package.json exports["."].types, made by `npm run build`): what a TypeScript
// user of the library sees. It fails when the declarations are missing or wrong.
import { lint, type FileResult, type LintOptions } from 'imvo-lint';

const options: LintOptions = { path: 'plan.md', documentType: 'dialogue-plan', locale: 'nl' };
const result: FileResult = lint('# Dialoogplan\n', options);
export const missing: string[] = result.elements.filter((e) => e.status === 'missing').map((e) => e.id);
