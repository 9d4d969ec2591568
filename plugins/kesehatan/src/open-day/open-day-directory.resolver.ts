import { canReadUnitRecords, DomainError, unitRecordReach } from '@posyandu-spm/core';
import type { PluginRequestContext } from '@posyandu-spm/plugin-api';
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { TARGET_GROUPS } from '../target-groups.js';
import { RECAP_READERS } from './open-day.access.js';
import { OpenDaySession } from './open-day-session.entity.js';
import { SessionView } from './open-day.types.js';
import { sessionView } from './open-day.views.js';
import { COUNSELLING_TOPICS, IMMUNIZATIONS } from './vocabulary.js';

@ObjectType('KesehatanChoiceText', { description: 'Bahasa Indonesia first, English (a vocabulary label)' })
class ChoiceTextView {
  @Field(() => String) id!: string;
  @Field(() => String) en!: string;
}

@ObjectType('KesehatanChoice', { description: 'One value of the open-day vocabulary and its label' })
class ChoiceView {
  @Field(() => String) value!: string;
  @Field(() => ChoiceTextView) label!: ChoiceTextView;
}

@ObjectType('KesehatanOpenDayVocabulary', {
  description: 'The codes the open-day tables accept, so a client never spells them itself',
})
class VocabularyView {
  @Field(() => [ChoiceView]) targetGroups!: ChoiceView[];
  @Field(() => [String], { description: 'Table 4: immunisation codes (routine schedule)' }) immunizations!: string[];
  @Field(() => [ChoiceView], { description: 'Table 5' }) counsellingTopics!: ChoiceView[];
}

const choice = (c: { value: string; label: { id: string; en: string } }): ChoiceView => ({
  value: c.value,
  label: { id: c.label.id, en: c.label.en },
});

/**
 * What a client of the open day needs before it knows a session: the open days in the
 * caller's reach (a village officer or health worker does not know the Posyandu's id)
 * and the vocabulary of the tables.
 */
@Resolver()
export class OpenDayDirectoryResolver {
  @Query(() => [SessionView], {
    description:
      'Open days of every Posyandu whose recap the caller may read (its kader, the village government, covering health workers), newest first',
  })
  async kesehatanOpenDaysInReach(@Ctx() ctx: PluginRequestContext): Promise<SessionView[]> {
    const principal = ctx.principal;
    if (!principal)
      throw new DomainError('UNAUTHENTICATED', { id: 'Silakan masuk terlebih dahulu.', en: 'Please log in first.' });
    const reach = unitRecordReach(principal, RECAP_READERS);
    if (!reach.unitIds.length && !reach.areaPrefixes.length) return [];
    const sessions = await ctx.em.find(
      OpenDaySession,
      {
        $or: [
          ...(reach.unitIds.length ? [{ posyanduId: { $in: reach.unitIds } }] : []),
          ...reach.areaPrefixes.map((prefix) => ({ areaCode: { $like: `${prefix}%` } })),
        ],
      },
      { orderBy: { heldOn: 'desc', openedAt: 'desc' }, limit: 100 },
    );
    // The SQL narrows; the policy itself decides (a prefix match alone is not coverage).
    return sessions
      .filter((s) => canReadUnitRecords(principal, { unitId: s.posyanduId, areaCode: s.areaCode }, RECAP_READERS))
      .map(sessionView);
  }

  @Query(() => VocabularyView, { description: 'Target groups, immunisation codes and counselling topics' })
  kesehatanOpenDayVocabulary(): VocabularyView {
    return {
      targetGroups: TARGET_GROUPS.map(choice),
      immunizations: [...IMMUNIZATIONS],
      counsellingTopics: COUNSELLING_TOPICS.map(choice),
    };
  }
}
