// Credit to the source of the element catalogue. Shown in hovers, templates,
// generated docs and the CLI's help.

import type { Localized } from '../core/types.js';

export const SER_TOOL_URL = 'https://www.ser.nl/nl/thema/imvo/betekenisvolle-dialoog';

export const CREDIT: Localized = {
  nl: `Gebaseerd op de SER-tool ['Commitment van stakeholders'](${SER_TOOL_URL})`,
  en: `Based on the SER tool ['Commitment van stakeholders'](${SER_TOOL_URL}) (stakeholder commitment)`,
};
