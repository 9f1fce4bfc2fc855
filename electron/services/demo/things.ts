import type { Named } from './people';
import { makePerson } from './people';
import type { Rng } from './rng';

/** Invented organizations, companies, places, incidents, sources, identifiers and assets. */

const words = (text: string): string[] => text.split(' ');
const list = (text: string): string[] => text.split('|');

const CITIES = words(
  'Ostermark Valbrenna Korsvik Lindhaven Marrowby Sélestin Drakesund Ferrowick Eskerholm Nordvale Tessmoor Brannoch Qinghe Jinhai Velikoretsk Mokhae Sakuragawa',
);
const COUNTRY_OF: Record<string, string> = {
  Qinghe: 'Zhonglan',
  Jinhai: 'Zhonglan',
  Velikoretsk: 'Borovia',
  Mokhae: 'Hanseo',
  Sakuragawa: 'Akitsu',
};
const FIELDS = list(
  'Marine Acoustics|Applied Optics|Hydrodynamics|Materials Science|Signal Processing|Polar Research|Navigation Systems|Quantum Sensing',
);
const ORG_FORMS = list(
  'University of {city}|{city} Polytechnic|Institute of {field}|{city} Centre for {field}|{city} Chamber of Commerce|Friends of {city} Society|Ministry of Trade, {city} Office|{city} Technical Academy',
);
const CO_A = words(
  'Nordic Harbor Blue Granite Silver Pine Meridian Polar Amber Cobalt Tern Falcon Delta Aurora Vale Summit',
);
const CO_B = words(
  'Logistics Trading Marine Systems Consulting Components Shipping Analytics Holdings Technologies Freight Instruments',
);
const CO_SUFFIX = words('Ltd. AB GmbH LLC Co. S.A. Oy');
const ZH_CO = words('海川 金桥 蓝海 东方 华星 远航 新海 恒信');
const ZH_TRADE = words('贸易 科技 海运 咨询 电子');
const CODE_A = words('GREY SILENT AMBER NORTHERN BLUE IRON PALE RED');
const CODE_B = words('HERON TIDE LANTERN FJORD MAGPIE ANCHOR WILLOW CORAL');
const STREETS = words('Harbour Quay Mill Station Chapel Bridge Market Dock');
const SHIPS = words('Aurora Tern Kestrel Seagull Horizon Bora Petrel Narwhal');
const DOMAINS = words('mail.example post.example inbox.example corp.example');
const HANDLES = words('blue_fox northwind sea_eagle quiet_river polaris k_trader deepwater');

const num = (rng: Rng, digits: number) => String(rng.int(10 ** digits)).padStart(digits, '0');

export function pastDate(rng: Rng, from = 2010, to = 2024): string {
  const year = String(rng.between(from, to));
  const precision = rng.next();
  if (precision < 0.3) return year;
  const month = String(rng.between(1, 12)).padStart(2, '0');
  return precision < 0.6
    ? `${year}-${month}`
    : `${year}-${month}-${String(rng.between(1, 28)).padStart(2, '0')}`;
}

function place(rng: Rng): { city: string; country: string } {
  const city = rng.pick(CITIES);
  return { city, country: COUNTRY_OF[city] ?? 'Arvenia' };
}

function organization(rng: Rng): Named {
  const { city, country } = place(rng);
  const form = rng.pick(ORG_FORMS);
  const label = form.replace('{city}', city).replace('{field}', rng.pick(FIELDS));
  const orgKind = /University|Polytechnic|Academy/.test(form)
    ? 'university'
    : /Institute|Centre/.test(form)
      ? 'research institute'
      : /Ministry/.test(form)
        ? 'government body'
        : 'association';
  return {
    label,
    aliases: [],
    props: { orgKind, country, stateLinked: country !== 'Arvenia' && rng.chance(0.3) },
  };
}

function company(rng: Rng): Named {
  const { country } = place(rng);
  if (country === 'Zhonglan' && rng.chance(0.7)) {
    const native = `${rng.pick(ZH_CO)}${rng.pick(ZH_TRADE)}有限公司`;
    return {
      label: native,
      aliases: [`${rng.pick(CO_A)} ${rng.pick(CO_B)} Co.`],
      props: { jurisdiction: country },
    };
  }
  const label = `${rng.pick(CO_A)} ${rng.pick(CO_B)} ${rng.pick(CO_SUFFIX)}`;
  return {
    label,
    aliases: [],
    props: {
      jurisdiction: country,
      registrationNumber: `${country.slice(0, 2).toUpperCase()}-${num(rng, 6)}-${num(rng, 4)}`,
      incorporated: pastDate(rng, 1990, 2023),
    },
  };
}

const INCIDENTS = list('intrusion|data leak|espionage case|arrest|vessel incursion|fraud|sanctions breach');

function incident(rng: Rng): Named {
  const kind = rng.pick(INCIDENTS);
  const occurred = pastDate(rng, 2012, 2024);
  const where = place(rng).city;
  const label =
    kind === 'espionage case'
      ? `Operation ${rng.pick(CODE_A)} ${rng.pick(CODE_B)}`
      : `${kind.charAt(0).toUpperCase()}${kind.slice(1)}, ${where} ${occurred.slice(0, 4)}`;
  return {
    label,
    aliases: [],
    props: { incidentKind: kind, occurred, reference: `CASE-${occurred.slice(0, 4)}-${num(rng, 4)}` },
  };
}

function location(rng: Rng): Named {
  const { city, country } = place(rng);
  const r = rng.next();
  if (r < 0.4)
    return {
      label: `${rng.between(1, 120)} ${rng.pick(STREETS)} Road, ${city}`,
      aliases: [],
      props: { locationKind: 'address', country },
    };
  if (r < 0.6) return { label: `Port of ${city}`, aliases: [], props: { locationKind: 'port', country } };
  if (r < 0.8)
    return {
      label: `${city} ${rng.pick(list('Science Park|Industrial Zone|Test Range|Airport'))}`,
      aliases: [],
      props: { locationKind: 'facility', country },
    };
  return {
    label: `${city} district ${rng.between(1, 40)}`,
    aliases: [],
    props: {
      locationKind: 'region',
      country,
      latitude: rng.between(-600, 700) / 10,
      longitude: rng.between(-1500, 1500) / 10,
    },
  };
}

function documentSource(rng: Rng): Named {
  const published = pastDate(rng, 2012, 2024);
  const r = rng.next();
  if (r < 0.4)
    return {
      label: `Intelligence report ${published.slice(0, 4)}-${num(rng, 3)}`,
      aliases: [],
      props: { documentKind: 'report', published, author: 'APSS' },
    };
  if (r < 0.7)
    return {
      label: `“${rng.pick(list('Who owns the harbour?|Students and secrets|A quiet trade|Ships without signals|Money from afar'))}”, ${rng.pick(list('Cassel Courier|Northern Ledger|Harbour Times'))}`,
      aliases: [],
      props: { documentKind: 'article', published, author: makePerson(rng).label },
    };
  return {
    label: `Registry extract ${num(rng, 8)}`,
    aliases: [],
    props: { documentKind: 'registry extract', published },
  };
}

function identifier(rng: Rng): Named {
  const r = rng.next();
  if (r < 0.35)
    return {
      label: `+99 ${num(rng, 2)} 555 ${num(rng, 4)}`,
      aliases: [],
      props: { identifierKind: 'phone', issuer: 'ArvTel' },
    };
  if (r < 0.6)
    return {
      label: `${rng.pick(HANDLES)}${rng.int(1000)}@${rng.pick(DOMAINS)}`,
      aliases: [],
      props: { identifierKind: 'email' },
    };
  if (r < 0.8)
    return {
      label: `@${rng.pick(HANDLES)}_${rng.int(10000)}`,
      aliases: [],
      props: { identifierKind: 'online account', issuer: rng.pick(list('WeLink|Skyline Messenger|Chirp')) },
    };
  if (r < 0.9)
    return {
      label: `2001:db8::${rng.int(65536).toString(16)}:${rng.int(65536).toString(16)}`,
      aliases: [],
      props: { identifierKind: 'ip address' },
    };
  return {
    label: `${rng.pick(list('AR|ZL|BV|HS'))}-${String.fromCharCode(65 + rng.int(26))}${num(rng, 7)}`,
    aliases: [],
    props: { identifierKind: 'passport' },
  };
}

function asset(rng: Rng): Named {
  const r = rng.next();
  if (r < 0.6)
    return {
      label: `MV ${rng.pick(SHIPS)} ${rng.between(1, 99)}`,
      aliases: [],
      props: { assetKind: 'vessel', registration: `IMO 9${num(rng, 6)}`, flag: place(rng).country },
    };
  if (r < 0.85)
    return {
      label: `Vehicle ${String.fromCharCode(65 + rng.int(26), 65 + rng.int(26))} ${num(rng, 5)}`,
      aliases: [],
      props: { assetKind: 'vehicle' },
    };
  return {
    label: `Aircraft AR-${String.fromCharCode(65 + rng.int(26), 65 + rng.int(26), 65 + rng.int(26))}`,
    aliases: [],
    props: { assetKind: 'aircraft' },
  };
}

export const MAKE_ENTITY: Record<string, (rng: Rng) => Named> = {
  Person: makePerson,
  Organization: organization,
  Company: company,
  Incident: incident,
  Location: location,
  Document: documentSource,
  Identifier: identifier,
  Asset: asset,
};
