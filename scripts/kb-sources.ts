import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { ClassSource, FamilySource, IngredientSource, type KbSources, LabelWordsSource, SessionSource, TranslationSource } from '../src/knowledge/schema.ts';

/** Reads and validates every source file of the knowledge base (data/). Throws with the file name on bad input. */
export function readKbSources(dataDir: string): KbSources {
  const parse = <T>(file: string, schema: v.GenericSchema<unknown, T>): T => {
    const result = v.safeParse(schema, JSON.parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      const issue = result.issues[0];
      throw new Error(`${file}: ${v.getDotPath(issue) ?? ''} ${issue.message}`);
    }
    return result.output;
  };
  const read = <T>(file: string, schema: v.GenericSchema<unknown, T>): T[] => parse(file, v.array(schema));
  /** The .json files of a folder, in name order. */
  const jsonFiles = (dir: string): string[] =>
    readdirSync(join(dataDir, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dataDir, dir, f));
  const language = (file: string) => basename(file, '.json');
  return {
    classes: read(join(dataDir, 'classes.json'), ClassSource),
    families: read(join(dataDir, 'families.json'), FamilySource),
    ingredients: jsonFiles('ingredients').map((f) => ({ file: basename(f), entries: read(f, IngredientSource) })),
    translations: jsonFiles('translations').map((f) => ({ language: language(f), names: read(f, TranslationSource) })),
    labelWords: jsonFiles('label-words').map((f) => ({ language: language(f), table: parse(f, LabelWordsSource) })),
    session: parse(join(dataDir, 'session.json'), SessionSource),
  };
}
