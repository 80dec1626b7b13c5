/**
 * zod's English messages ("Invalid input: expected string, received undefined", …), which the API's 400 reasons
 * and the forms show wherever a schema has no message of its own. The classic `zod` API installs them by itself;
 * `zod/mini` leaves the locale to the app (without one, each such message is just "Invalid input"). Installed where
 * messages are shown: by the mock server's app (the API's 400 reasons) and by the page's forms (form-field.tsx),
 * not by the contract itself, so the page's first view, which shows none, does not load them.
 */
import { en } from 'zod/locales'
import * as z from 'zod/mini'

if (!z.config().localeError) z.config(en())
