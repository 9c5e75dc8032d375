import { ActorEntity, FieldOfActionEntity, GuidelineEntity } from '@leitbild-monitor/api/catalog';
import type { ProblemCode } from '@leitbild-monitor/shared/contracts';
import type { EntityManager } from 'typeorm';
import { comparableName, Parsed } from './cell-values';
import { damagedCopyOf, SAVE_AS_UTF8 } from './lost-characters';

export interface CatalogData {
  fields: { id: string; key: string; name: string }[];
  actors: { id: string; name: string }[];
  guidelines: { id: string; code: string; text: string }[];
}

/** How many known names an error message lists before it says "…". */
const LISTED_NAMES = 12;

/**
 * Names ↔ ids of the catalogue: the export writes names (fields of action, actors) and codes (guidelines),
 * the import finds them again, ignoring case and extra spaces.
 */
export class CatalogIndex {
  private readonly fieldById: Map<string, string>;
  private readonly actorById: Map<string, string>;
  private readonly guidelineById: Map<string, string>;
  private readonly fieldByName = new Map<string, string>();
  private readonly actorByName = new Map<string, string>();
  private readonly guidelineByName = new Map<string, string>();

  constructor(private readonly data: CatalogData) {
    this.fieldById = new Map(data.fields.map((field) => [field.id, field.name]));
    this.actorById = new Map(data.actors.map((actor) => [actor.id, actor.name]));
    this.guidelineById = new Map(data.guidelines.map((guideline) => [guideline.id, guideline.code]));
    for (const field of data.fields) {
      this.fieldByName.set(comparableName(field.key), field.id);
      this.fieldByName.set(comparableName(field.name), field.id);
    }
    for (const actor of data.actors) this.actorByName.set(comparableName(actor.name), actor.id);
    for (const guideline of data.guidelines) {
      this.guidelineByName.set(comparableName(guideline.text), guideline.id);
      this.guidelineByName.set(comparableName(guideline.code), guideline.id);
    }
  }

  /**
   * One query after the other: inside the import's transaction the manager has one PostgreSQL connection, which
   * runs one query at a time (pg queues queries sent to it together, which it deprecates and pg 9 refuses).
   */
  static async load(manager: EntityManager): Promise<CatalogIndex> {
    const fields = await manager.find(FieldOfActionEntity, { order: { position: 'ASC' } });
    const actors = await manager.find(ActorEntity, { order: { name: 'ASC' } });
    const guidelines = await manager.find(GuidelineEntity);
    return new CatalogIndex({ fields, actors, guidelines });
  }

  fieldName(id: string): string {
    return this.fieldById.get(id) ?? id;
  }

  actorName(id: string | null): string | null {
    return id === null ? null : (this.actorById.get(id) ?? id);
  }

  /** Partner names in alphabetical order, so an unchanged measure always exports the same cell. */
  actorNames(ids: string[]): string[] {
    return ids.map((id) => this.actorById.get(id) ?? id).sort((a, b) => a.localeCompare(b, 'de'));
  }

  /** Guideline codes in Leitbild order (1.2 before 1.10). */
  guidelineCodes(ids: string[]): string[] {
    return ids
      .map((id) => this.guidelineById.get(id) ?? id)
      .sort((a, b) => a.localeCompare(b, 'de', { numeric: true }));
  }

  findField(cell: string): Parsed<string> {
    const id = this.fieldByName.get(comparableName(cell));
    if (id) return { value: id };
    const damaged = lostCharactersProblem(
      cell,
      'field of action',
      this.data.fields.map((field) => field.name),
    );
    if (damaged) return damaged;
    return {
      problem: `"${cell.trim()}" is not a known field of action; use one of ${listed(this.data.fields.map((field) => field.name))}`,
      code: 'unknown_reference',
    };
  }

  findActor(cell: string): Parsed<string> {
    const id = this.actorByName.get(comparableName(cell));
    if (id) return { value: id };
    const damaged = lostCharactersProblem(
      cell,
      'actor',
      this.data.actors.map((actor) => actor.name),
    );
    if (damaged) return damaged;
    return {
      problem: `"${cell.trim()}" is not a known actor; an administrator can add it under Verwaltung → Akteure`,
      code: 'unknown_reference',
    };
  }

  /** Several actors in one cell. A name that itself contains a semicolon is found as a whole first. */
  findActors(cell: string, split: (cell: string) => string[]): Parsed<string[]> {
    const whole = this.actorByName.get(comparableName(cell));
    if (whole) return { value: [whole] };
    return this.findEach(split(cell), (part) => this.findActor(part));
  }

  findGuidelines(cell: string, split: (cell: string) => string[]): Parsed<string[]> {
    return this.findEach(split(cell), (part) => {
      const id = this.guidelineByName.get(comparableName(part));
      return id
        ? { value: id }
        : {
            problem: `"${part}" is not a known guideline; write its code, e.g. ${listed(this.someCodes())}`,
            code: 'unknown_reference' as const,
          };
    });
  }

  private someCodes(): string[] {
    return this.data.guidelines.map((guideline) => guideline.code).slice(0, 3);
  }

  private findEach(parts: string[], find: (part: string) => Parsed<string>): Parsed<string[]> {
    const ids: string[] = [];
    const problems: { problem: string; code: ProblemCode }[] = [];
    for (const part of parts) {
      const found = find(part);
      if ('problem' in found) problems.push(found);
      else if (!ids.includes(found.value)) ids.push(found.value);
    }
    if (problems.length === 0) return { value: ids };
    const problem = problems.map((found) => found.problem).join('; ');
    // Names that lost characters and unknown names in one cell: the cell names an unknown reference.
    const code = problems.every((found) => found.code === problems[0].code) ? problems[0].code : 'unknown_reference';
    return { problem, code };
  }
}

/** A name that is a known one with characters lost in saving gets that problem, not "unknown". */
function lostCharactersProblem(cell: string, what: string, names: string[]): Parsed<never> | null {
  const original = damagedCopyOf(cell, names);
  if (original === null) return null;
  return {
    problem:
      `"${cell.trim()}" is not a known ${what}: characters were lost when the file was saved ` +
      `(it looks like "${original}"); ${SAVE_AS_UTF8}`,
    code: 'characters_lost',
  };
}

function listed(names: string[]): string {
  const quoted = names.slice(0, LISTED_NAMES).map((name) => `"${name}"`);
  return quoted.join(', ') + (names.length > LISTED_NAMES ? ', …' : '');
}
