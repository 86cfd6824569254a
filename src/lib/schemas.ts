/**
 * Zod schemas of the content collections, kept free of Astro's runtime so
 * that unit tests can validate fixtures with them. `src/content.config.ts`
 * wires them to loaders and turns the plain ids into collection references.
 */
import { z } from 'astro/zod';

/** An ASCII id: lower-case letters, digits and single hyphens (used in URLs). */
export const asciiId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ: tinh-uy-hau-giang)');

export const issuerSchema = z
  .object({
  id: asciiId,
  /** The name as printed in a document's header, e.g. "TỈNH ỦY HẬU GIANG". */
  name: z.string().min(1),
  /** The everyday name, e.g. "Tỉnh ủy Hậu Giang". */
  shortName: z.string().min(1),
  /** The code used in document symbols: TU, TW, UBKTTW … */
  code: z.string().min(1),
  /** The body this one belongs to (an issuer id), for grouping and context. */
  parent: asciiId.optional(),
  /** The superior body printed above the issuing body in a header, if any. */
  printedSuperior: z.string().min(1).optional(),
  /** For a provincial or district body: the place printed in the date line. */
  place: z.string().min(1).optional(),
  })
  .strict();

export const statusSchema = z.enum(['du-thao', 'ban-hanh']);

export const periodSchema = z
  .object({
    year: z.number().int().min(1930).max(2100),
    /** 1–4 for a quarterly programme; absent for a whole-year programme. */
    quarter: z.number().int().min(1).max(4).optional(),
  })
  .strict();

const isoDate = z.coerce.date();

export const programmeSchema = z
  .object({
    /** The title used in lists and the browser tab. */
    title: z.string().min(1),
    /** The document type printed in capitals above the subject. */
    documentType: z.string().min(1).default('CHƯƠNG TRÌNH'),
    /** The subject line printed under the document type (trích yếu). */
    subject: z.string().min(1),
    /** The issuing body: an id in `content/issuers.yaml`. */
    issuer: asciiId,
    /** The number, e.g. "65"; absent while the document is a draft. */
    number: z.string().regex(/^\d+$/, 'chỉ gồm chữ số').optional(),
    /** The symbol after the number, e.g. "CTr/TU". */
    symbolSuffix: z.string().min(1).default('CTr/TU'),
    /** Place printed in the date line; defaults to the issuer's place. */
    place: z.string().min(1).optional(),
    /** Date of issue; absent for a draft. */
    date: isoDate.optional(),
    /** The year printed in a draft's date line when the day and month are still blank. */
    draftYear: z.number().int().min(1930).max(2100).optional(),
    period: periodSchema,
    status: statusSchema,
    /** The programme this one implements (e.g. the annual programme). */
    parent: asciiId.optional(),
    /** Where the text came from. */
    source: z
      .object({
        description: z.string().min(1),
        file: z.string().min(1).optional(),
        receivedOn: isoDate.optional(),
      })
      .strict(),
    /** Editorial notes shown beside the document, never inside it. */
    editorialNotes: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.status === 'ban-hanh') {
      if (!data.number) ctx.addIssue({ code: 'custom', path: ['number'], message: 'văn bản đã ban hành phải có số' });
      if (!data.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'văn bản đã ban hành phải có ngày ban hành' });
    }
    if (data.date && data.draftYear !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['draftYear'], message: 'chỉ dùng draftYear khi chưa có ngày ban hành' });
    }
  });

export const resolutionSchema = z
  .object({
    /** Document type: nghi-quyet, chi-thi, quy-dinh, quyet-dinh … */
    type: asciiId,
    /** The number as written, e.g. "07". */
    number: z.string().regex(/^\d+$/, 'chỉ gồm chữ số'),
    /** The canonical symbol, e.g. "07-NQ/TU" or "30/2020/NĐ-CP". */
    symbol: z.string().min(1),
    /** The issuing body: an id in `content/issuers.yaml`. */
    issuer: asciiId,
    /** Date of issue, when known. */
    date: isoDate.optional(),
    /** The year, when only the year is known. */
    year: z.number().int().min(1930).max(2100).optional(),
    /** The term of the issuing committee (khóa), e.g. "XIII". */
    term: z.string().regex(/^[IVXLC]+$/).optional(),
    /** The subject (trích yếu) where known. */
    subject: z.string().min(1).optional(),
    /** Other spellings of the symbol met in real documents (e.g. errata). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Phrases without a symbol that name this document. */
    namedReferences: z.array(z.string().min(1)).default([]),
    /** Whether an editor has checked this entry against the document. */
    curated: z.boolean().default(true),
    /** Editorial notes about the entry. */
    notes: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type Issuer = z.infer<typeof issuerSchema>;
export type ProgrammeData = z.infer<typeof programmeSchema>;
export type ResolutionData = z.infer<typeof resolutionSchema>;
export type ProgrammeStatus = z.infer<typeof statusSchema>;
export type Period = z.infer<typeof periodSchema>;
