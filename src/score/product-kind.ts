// What the product's own name tells the scorer. Names in the languages of the shops we read.

const RINSE_OFF =
  /\b(cleanser|cleansing|face ?wash|body ?wash|wash|shampoo|conditioner|shower|soap|rinse|reinigung\w*|waschgel|nettoyant|démaquillant|gel douche|limpiador|detergente)\b/i;
const LEAVE_ON_DESPITE_NAME = /\b(micellar|leave[- ]in|no[- ]rinse|overnight|sleeping)\b/i;
const SCRUB = /\b(scrub|exfoliat\w*|polish|peeling|gommage|microderm\w*|body buff)\b/i;
const SET = /\b(set|kit|duo|trio|collection|bundle|regimen|routine|coffret|gift ?box|geschenkset)\b/i;
const EXFOLIATING_CLAIM = /\b(exfoliat\w*|peel\w*|resurfac\w*|aha|bha|pha|glycolic|lactic|salicylic|mandelic|acid toner)\b/i;

/** A product washed off within minutes: its windows may halve (never below 24 h). */
export function isRinseOff(productName: string): boolean {
  return RINSE_OFF.test(productName) && !LEAVE_ON_DESPITE_NAME.test(productName);
}

/** A scrub: its particles (sugar, salt, beads) are physical exfoliants. */
export function isScrub(productName: string): boolean {
  return SCRUB.test(productName);
}

/** The product claims to exfoliate, so citric or lactic acid in it is not merely a pH adjuster. */
export function isExfoliatingClaim(productName: string): boolean {
  return EXFOLIATING_CLAIM.test(productName);
}

/** Several products sold as one (a set, kit or routine): its name says nothing about any one part. */
export function isSet(productName: string): boolean {
  return SET.test(productName);
}
