import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { ClassSource, FamilySource, IngredientSource, type KbSources } from '../src/knowledge/schema.ts';

/** Reads and validates every source file of the knowledge base (data/). Throws with the file name on bad input. */
export function readKbSources(dataDir: string): KbSources {
  const read = <T>(file: string, schema: v.GenericSchema<unknown, T>): T[] => {
    const result = v.safeParse(v.array(schema), JSON.parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      const issue = result.issues[0];
      throw new Error(`${file}: ${v.getDotPath(issue) ?? ''} ${issue.message}`);
    }
    return result.output;
  };
  const ingredientDir = join(dataDir, 'ingredients');
  return {
    classes: read(join(dataDir, 'classes.json'), ClassSource),
    families: read(join(dataDir, 'families.json'), FamilySource),
    ingredients: readdirSync(ingredientDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ file: f, entries: read(join(ingredientDir, f), IngredientSource) })),
  };
}
