import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { validationFailed } from '@posyandu-spm/core';
import type { RequestContext } from '../graphql/context.js';
import { TextType } from '../graphql/types/text.type.js';
import { requireAdmin } from '../security/admin.js';
import { requirePrincipal } from '../services/principal.js';
import { recapScope } from './spm-recap.js';
import { importSpmTargets, setSpmTarget } from './spm-targets.js';

@InputType('SpmTargetInput', {
  description: 'A sasaran: recipients to serve of a jenis pelayanan dasar in a desa in a year',
})
export class SpmTargetInput {
  @Field(() => Int) year!: number;
  @Field(() => String, { description: 'A desa code' }) areaCode!: string;
  @Field(() => String) sectorId!: string;
  @Field(() => String, { description: 'Jenis pelayanan dasar id (an SPM service of the sector)' }) serviceId!: string;
  @Field(() => Int, { nullable: true, description: 'null clears the sasaran' }) target?: number | null;
}

@ObjectType('SpmTargetWriteResult')
export class SpmTargetWriteResultType {
  @Field(() => Int, { description: 'Rows read (import) or 1' }) rows!: number;
  @Field(() => Int, { description: 'Sasaran changed (each with a history line)' }) changed!: number;
  @Field(() => Int, { description: 'Rows equal to the sasaran already set' }) unchanged!: number;
}

@ObjectType('SpmTarget')
export class SpmTargetType {
  @Field(() => Int) year!: number;
  @Field(() => String) areaCode!: string;
  @Field(() => String) areaName!: string;
  @Field(() => String) sectorId!: string;
  @Field(() => String) serviceId!: string;
  @Field(() => TextType) serviceName!: TextType;
  @Field(() => Int) target!: number;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => String, { description: 'Username of who set it last' }) updatedBy!: string;
}

@ObjectType('SpmTargetChange', { description: 'One change of a sasaran: who changed what when' })
export class SpmTargetChangeType {
  @Field(() => Int) year!: number;
  @Field(() => String) areaCode!: string;
  @Field(() => String) sectorId!: string;
  @Field(() => String) serviceId!: string;
  @Field(() => Int, { nullable: true, description: 'null: none was set' }) oldTarget!: number | null;
  @Field(() => Int, { nullable: true, description: 'null: cleared' }) newTarget!: number | null;
  @Field(() => String, { description: 'MANUAL or IMPORT' }) source!: string;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Date) changedAt!: Date;
  @Field(() => String, { description: 'Username' }) changedBy!: string;
}

@Resolver()
export class SpmTargetResolver {
  @Mutation(() => SpmTargetWriteResultType, {
    description: 'Kabupaten admin: set (or with target null clear) one sasaran; the change is kept in its history',
  })
  async setSpmTarget(
    @Arg('input', () => SpmTargetInput) input: SpmTargetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SpmTargetWriteResultType> {
    const result = await setSpmTarget(
      ctx.em,
      ctx.principal,
      ctx.registry,
      { ...input, target: input.target ?? null },
      ctx.now(),
    );
    return { rows: 1, ...result };
  }

  @Mutation(() => SpmTargetWriteResultType, {
    description:
      'Kabupaten admin: import sasaran from the pendataan (columns tahun, kode_desa, sektor, jenis_pelayanan, sasaran; docs/reports.md). Every row is checked; if any is bad nothing is written and VALIDATION_FAILED names each row and column (fields rows[N].column)',
  })
  async importSpmTargets(
    @Arg('format', () => String, { description: 'CSV or XLSX' }) format: string,
    @Arg('content', () => String, { description: 'CSV: the text; XLSX: the file in base64' }) content: string,
    @Ctx() ctx: RequestContext,
    @Arg('fileName', () => String, { nullable: true }) fileName?: string | null,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check only, write nothing' }) dryRun = false,
  ): Promise<SpmTargetWriteResultType> {
    if (format !== 'CSV' && format !== 'XLSX') {
      throw validationFailed([
        { field: 'format', message: { id: 'Format: CSV atau XLSX.', en: 'Format: CSV or XLSX.' } },
      ]);
    }
    const bytes = format === 'CSV' ? new TextEncoder().encode(content) : new Uint8Array(Buffer.from(content, 'base64'));
    return importSpmTargets(
      ctx.em,
      ctx.principal,
      ctx.registry,
      { format, content: bytes, fileName: fileName?.slice(0, 200) ?? null, dryRun },
      ctx.now(),
    );
  }

  @Query(() => [SpmTargetType], {
    description: 'The sasaran of a year in an area (default: the widest you read), for whoever reads its SPM recap',
  })
  async spmTargets(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
  ): Promise<SpmTargetType[]> {
    const scope = await recapScope(ctx.em, requirePrincipal(ctx.principal), ctx.registry, areaCode, null);
    const rows = await ctx.em.getConnection().execute<
      Array<{
        year: number;
        area_code: string;
        area_name: string;
        sector_id: string;
        spm_service: string;
        target: number;
        updated_at: Date;
        username: string;
      }>
    >(
      `select t.year, t.area_code, a.name as area_name, t.sector_id, t.spm_service, t.target, t.updated_at, u.username
         from spm_target t join area a on a.code = t.area_code join app_user u on u.id = t.updated_by_id
        where t.year = ? and (t.area_code = ? or t.area_code like ?) and t.sector_id in (?)
        order by t.area_code, t.sector_id, t.spm_service`,
      [year, scope.areaCode, `${scope.areaCode}.%`, scope.sectorIds],
      'all',
    );
    return rows.map((r) => ({
      year: r.year,
      areaCode: r.area_code,
      areaName: r.area_name,
      sectorId: r.sector_id,
      serviceId: r.spm_service,
      serviceName: ctx.registry.spmService(r.sector_id, r.spm_service)?.name ?? {
        id: r.spm_service,
        en: r.spm_service,
      },
      target: r.target,
      updatedAt: new Date(r.updated_at),
      updatedBy: r.username,
    }));
  }

  @Query(() => [SpmTargetChangeType], {
    description: 'Kabupaten admin: the history of the sasaran of a year in their area, newest first',
  })
  async spmTargetHistory(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
  ): Promise<SpmTargetChangeType[]> {
    const { areaCodes } = requireAdmin(ctx.principal);
    const prefixes = areaCode ? [areaCode] : areaCodes;
    const rows = await ctx.em.getConnection().execute<
      Array<{
        year: number;
        area_code: string;
        sector_id: string;
        spm_service: string;
        old_target: number | null;
        new_target: number | null;
        source: string;
        file_name: string | null;
        changed_at: Date;
        username: string;
      }>
    >(
      `select c.*, u.username from spm_target_change c join app_user u on u.id = c.changed_by_id
        where c.year = ? and (${prefixes.map(() => '(c.area_code = ? or c.area_code like ?)').join(' or ') || 'false'})
        order by c.changed_at desc, c.id desc limit 1000`,
      [year, ...prefixes.flatMap((p) => [p, `${p}.%`])],
      'all',
    );
    const admin = requireAdmin(ctx.principal);
    return rows
      .filter((r) => admin.areaCodes.some((a) => r.area_code === a || r.area_code.startsWith(`${a}.`)))
      .map((r) => ({
        year: r.year,
        areaCode: r.area_code,
        sectorId: r.sector_id,
        serviceId: r.spm_service,
        oldTarget: r.old_target,
        newTarget: r.new_target,
        source: r.source,
        fileName: r.file_name,
        changedAt: new Date(r.changed_at),
        changedBy: r.username,
      }));
  }
}
