import { FieldOfActionEntity, GuidelineEntity, LeitbildSectionEntity } from '@leitbild-monitor/api/catalog';
import { newId, nowIso } from '@leitbild-monitor/api/platform';
import { EntityManager } from 'typeorm';
import type { CatalogFile } from './seed-files';

/** Checks a catalogue file's shape, so a broken LEITBILD_FILE stops the start with a clear message. */
export function assertCatalogFile(value: unknown, source: string): asserts value is CatalogFile {
  const file = value as Partial<CatalogFile> | null;
  const problems: string[] = [];
  if (!file || typeof file !== 'object') problems.push('must be a JSON object');
  else {
    const sections = Array.isArray(file.sections) ? file.sections : [];
    const fields = Array.isArray(file.fieldsOfAction) ? file.fieldsOfAction : [];
    if (sections.length === 0) problems.push('sections must be a non-empty list');
    sections.forEach((section, index) => {
      if (typeof section?.code !== 'string' || typeof section?.title !== 'string') {
        problems.push(`sections[${index}] needs code and title`);
      }
      if (!Array.isArray(section?.guidelines)) problems.push(`sections[${index}].guidelines must be a list`);
      else
        section.guidelines.forEach((guideline, position) => {
          if (typeof guideline?.code !== 'string' || typeof guideline?.text !== 'string') {
            problems.push(`sections[${index}].guidelines[${position}] needs code and text`);
          }
        });
    });
    if (!Array.isArray(file.fieldsOfAction)) problems.push('fieldsOfAction must be a list');
    fields.forEach((field, index) => {
      if (typeof field?.key !== 'string' || typeof field?.name !== 'string') {
        problems.push(`fieldsOfAction[${index}] needs key and name`);
      }
    });
  }
  if (problems.length > 0) throw new Error(`Leitbild file ${source}: ${problems.join('; ')}`);
}

/** Writes the Leitbild and the fields of action into an empty catalogue. */
export async function loadCatalog(manager: EntityManager, file: CatalogFile): Promise<void> {
  const now = nowIso();
  for (const [sectionIndex, section] of file.sections.entries()) {
    const sectionId = newId();
    await manager.insert(LeitbildSectionEntity, {
      id: sectionId,
      code: section.code,
      title: section.title,
      motto: section.motto ?? null,
      position: sectionIndex + 1,
    });
    await manager.insert(
      GuidelineEntity,
      section.guidelines.map((guideline, index) => ({
        id: newId(),
        sectionId,
        code: guideline.code,
        text: guideline.text,
        position: index + 1,
      })),
    );
  }
  if (file.fieldsOfAction.length > 0) {
    await manager.insert(
      FieldOfActionEntity,
      file.fieldsOfAction.map((field, index) => ({
        id: newId(),
        key: field.key,
        name: field.name,
        description: field.description ?? null,
        position: index + 1,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
}
