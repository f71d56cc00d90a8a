/**
 * `CheckingFieldElement`: a field whose text the engine checks (the name field, the profile
 * editor). It adds to FormAssociatedElement the rule-set properties and the EngineController that
 * loads the engine for them, fails closed unless `precheck-optional`, and holds checks back while
 * an IME composes (the subclass's InteractionController). The subclass checks in `willUpdate`
 * through `engineLoad.checkWhenDue()`.
 */
import { property } from 'lit/decorators.js';
import type { RuleSetSource } from './engine-cache.js';
import { EngineController } from './engine-controller.js';
import { FormAssociatedElement } from './form-associated.js';

export abstract class CheckingFieldElement extends FormAssociatedElement {
  /** The rule-set document (or a promise of one); wins over `ruleset-url`; the default rule set when both are unset. */
  @property({ attribute: false }) ruleSet?: RuleSetSource;

  /** A URL to fetch the rule-set document from (e.g. the server's `GET /ruleset`); the default rule set when unset. */
  @property({ attribute: 'ruleset-url' }) rulesetUrl = '';

  /**
   * When the engine or rule set cannot load, accept the text unchecked with a neutral notice
   * instead of refusing it (for platforms whose server checks everything anyway).
   */
  @property({ type: Boolean, attribute: 'precheck-optional' }) precheckOptional = false;

  /**
   * The field the host checks when that is all it checks (`name` for mz-name-field): with neither
   * `ruleSet` nor `rulesetUrl`, the default rule set's projection on it loads (engine-cache.ts).
   */
  protected get checksOnly(): 'name' | undefined {
    return undefined;
  }

  /** The engine, loaded for `ruleSet` / `rulesetUrl`; fails closed when it cannot load; checks wait for an IME. */
  protected readonly engineLoad = new EngineController(this, {
    source: () => ({ ruleSet: this.ruleSet, rulesetUrl: this.rulesetUrl, only: this.checksOnly }),
    optional: () => this.precheckOptional,
    held: () => this.interaction.composing,
  });
}
