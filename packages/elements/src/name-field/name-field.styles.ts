import { checkedTextStyles } from '../internal/checked-text.styles.js';
import { fieldStyles } from '../internal/field.styles.js';

/** The shared field look plus what only a pre-checked text shows: review notices and the marked span. */
export const nameFieldStyles = [fieldStyles, checkedTextStyles];
