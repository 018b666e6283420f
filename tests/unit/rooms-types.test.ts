import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { ComponentText, PageReading, ReadingDoubt as ReaderDoubt } from '../../src/extract/types.ts';
import type { ComponentText as ListComponentText } from '../../src/list/model.ts';
import type { PageReadingSchema } from '../../src/messaging/schemas.ts';
import type { analyzeComponents } from '../../src/score/analyze.ts';
import type { ReadingDoubt as ScorerDoubt } from '../../src/score/types.ts';

// The rooms of DESIGN.md keep src/extract and src/score apart, so each states the shapes it shares with the
// other: checked here at compile time (the type check of `npm test` fails on a difference).

describe('shapes two rooms state apart', () => {
  it('the page reader, the scorer and the message agree on the reading doubts', () => {
    expectTypeOf<ReaderDoubt>().toEqualTypeOf<ScorerDoubt>();
    expectTypeOf<v.InferOutput<typeof PageReadingSchema>['doubts'][number]>().toEqualTypeOf<ReaderDoubt>();
  });

  it('the message schema describes a page reading exactly', () => {
    expectTypeOf<v.InferOutput<typeof PageReadingSchema>>().toEqualTypeOf<PageReading>();
  });

  it('the saved list keeps the components a page reading has', () => {
    expectTypeOf<ListComponentText>().toEqualTypeOf<ComponentText>();
  });

  it('the scorer takes the components a page reading has', () => {
    expectTypeOf<ComponentText[]>().toExtend<Parameters<typeof analyzeComponents>[0]>();
  });
});
