import type { BookChecks } from '../../book/checks.js';
import { accountWarnings } from './account-warnings.js';
import { checkModel } from './check-model.js';

/** The engine's checks of a book, handed to the loader by whoever loads one. */
export const bookChecks: BookChecks = { model: checkModel, accountWarnings };
