export const HELP = `imvo-lint: check IMVO policies and stakeholder dialogue plans (Markdown)

Usage
  imvo-lint [options] <files|folders|globs|->
  imvo-lint init --type dialogue-plan|policy --lang nl|en [--stakeholders suppliers,ngos] [--out FILE]

Options
  -f, --format text|json|sarif   output format (default text)
      --type auto|dialogue-plan|policy
                                 document type (default auto: front matter, globs, title, file name, content)
      --stakeholders auto|suppliers,ngos,...
                                 stakeholder groups (default auto: front matter or content)
      --lang auto|nl|en          language of messages (default: from the environment)
      --config FILE              use this .imvo-lint.json for every file
      --no-config                use no configuration file
      --stdin-path PATH          path to report (and match globs against) for -
      --verbose                  also list files that are not IMVO documents
  -h, --help                     this help
  -v, --version                  version

Folders are walked for .md/.markdown files (node_modules and .git are skipped).
Exit status: 0 no warning or error, 1 at least one, 2 usage error, unreadable
file or broken configuration (the other files are still checked).

Based on the SER tool 'Commitment van stakeholders':
https://www.ser.nl/nl/thema/imvo/betekenisvolle-dialoog
`;

export const INIT_HELP = `imvo-lint init: write a template for a dialogue plan or policy

Usage
  imvo-lint init [--type dialogue-plan|policy] [--lang nl|en] [--stakeholders suppliers,ngos] [--out FILE]

Defaults: --type dialogue-plan --lang nl, no stakeholder groups. Without --out
the template goes to standard output. An existing file is never overwritten.
`;
