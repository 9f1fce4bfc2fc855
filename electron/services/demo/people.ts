import type { Props } from '../../../graph-schema/model/records';
import type { Rng } from './rng';

/**
 * Invented people for the generated part of the demo case. Names are drawn from several
 * scripts so search is exercised the way analysts use it: accents ("zhang" finds "Zhāng"),
 * CJK written forms as aliases, Cyrillic with a Latin transliteration.
 */

export interface Named {
  label: string;
  aliases: string[];
  props: Props;
}

type Pair = readonly [latin: string, native: string];

/** "Latin:native Latin:native": compact to write, easy to extend. */
function pairs(text: string): Pair[] {
  return text.split(' ').map((item) => {
    const [latin = '', native = ''] = item.split(':');
    return [latin, native] as const;
  });
}

const words = (text: string): string[] => text.split(' ');
const list = (text: string): string[] => text.split('|');

const ZH_SURNAMES = pairs(
  'Zhāng:张 Liú:刘 Chén:陈 Yáng:杨 Huáng:黄 Zhào:赵 Wú:吴 Sūn:孙 Xú:徐 Mǎ:马 Hú:胡 Gāo:高 Lín:林 Hé:何',
);
const ZH_GIVEN = pairs(
  'Wěi:伟 Fāng:芳 Jìng:静 Lěi:磊 Jūn:军 Yáng:洋 Yǒng:勇 Yàn:艳 Jié:杰 Tāo:涛 Míng:明 Chāo:超 Xiù:秀 Lán:兰 Huá:华 Hǎi:海 Bō:波 Níng:宁 Xīn:欣 Yǔ:雨',
);
const JA_SURNAMES = pairs(
  'Satō:佐藤 Suzuki:鈴木 Takahashi:高橋 Tanaka:田中 Watanabe:渡辺 Itō:伊藤 Nakamura:中村 Kobayashi:小林 Yamamoto:山本 Katō:加藤 Yoshida:吉田 Yamada:山田',
);
const JA_GIVEN = pairs(
  'Haruto:陽翔 Yui:結衣 Ren:蓮 Aoi:葵 Sōta:颯太 Hina:陽菜 Yūki:悠希 Mei:芽衣 Kaito:海斗 Riko:莉子',
);
const KO_SURNAMES = pairs(
  'Kim:김 Lee:이 Park:박 Choi:최 Jung:정 Kang:강 Cho:조 Yoon:윤 Jang:장 Lim:임 Han:한 Seo:서',
);
const KO_GIVEN = pairs(
  'Min-jun:민준 Seo-yeon:서연 Ji-ho:지호 Ha-eun:하은 Do-yun:도윤 Su-bin:수빈 Ye-jin:예진 Hyun-woo:현우 Ji-woo:지우 Eun-seo:은서',
);
const RU_MALE = pairs(
  'Aleksei:Алексей Dmitri:Дмитрий Sergei:Сергей Andrei:Андрей Nikolai:Николай Ivan:Иван Mikhail:Михаил Oleg:Олег',
);
const RU_FEMALE = pairs('Anna:Анна Olga:Ольга Tatiana:Татьяна Irina:Ирина Natalia:Наталья Svetlana:Светлана');
const RU_SURNAMES = pairs(
  'Morozov:Морозов Volkov:Волков Sokolov:Соколов Lebedev:Лебедев Kozlov:Козлов Novikov:Новиков Belov:Белов Orlov:Орлов',
);
const AR_GIVEN = words(
  'Élise Søren Zoë Joaquín Anaïs Björn Inès Mateo Chloé Lukáš Åsa François Dagný Núria Oskar Marta Henrik Léa Tomás Ingrid',
);
const AR_SURNAMES = words(
  'Lindqvist Moreau Øvergaard Castellano Dvořák Haugen Ferrer Nyström Kowalczyk Mägi Laurent Sandoval Björklund Novák Ødegård Quintana Almeida Ekström Dubois Vestergaard',
);

const OCCUPATIONS = list(
  'student|PhD student|postdoctoral researcher|engineer|sales director|import-export trader|ship broker|consultant|lecturer|software developer|investor|procurement officer|journalist|civil servant',
);

/** Latin letters without diacritics, as analysts often type them. */
export function plainLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function gendered(rng: Rng): 'female' | 'male' {
  return rng.chance(0.5) ? 'female' : 'male';
}

function chinese(rng: Rng): Named {
  const [sn, sz] = rng.pick(ZH_SURNAMES);
  const given = rng.chance(0.7) ? [rng.pick(ZH_GIVEN), rng.pick(ZH_GIVEN)] : [rng.pick(ZH_GIVEN)];
  const latinGiven = capitalise(given.map(([l]) => l.toLowerCase()).join(''));
  const label = `${sn} ${latinGiven}`;
  return {
    label,
    aliases: [sz + given.map(([, z]) => z).join(''), plainLatin(label)],
    props: { nationality: 'Zhonglan', gender: gendered(rng) },
  };
}

function japanese(rng: Rng): Named {
  const [sn, sj] = rng.pick(JA_SURNAMES);
  const [gn, gj] = rng.pick(JA_GIVEN);
  return {
    label: `${sn} ${gn}`,
    aliases: [`${sj} ${gj}`],
    props: { nationality: 'Akitsu', gender: 'unknown' },
  };
}

function korean(rng: Rng): Named {
  const [sn, sk] = rng.pick(KO_SURNAMES);
  const [gn, gk] = rng.pick(KO_GIVEN);
  return { label: `${sn} ${gn}`, aliases: [sk + gk], props: { nationality: 'Hanseo', gender: 'unknown' } };
}

function borovian(rng: Rng): Named {
  const gender = gendered(rng);
  const [gn, gc] = rng.pick(gender === 'female' ? RU_FEMALE : RU_MALE);
  const [sn, sc] = rng.pick(RU_SURNAMES);
  const end = gender === 'female' ? ['a', 'а'] : ['', ''];
  return {
    label: `${gn} ${sn}${end[0]}`,
    aliases: [`${gc} ${sc}${end[1]}`],
    props: { nationality: 'Borovia', gender },
  };
}

function arvenian(rng: Rng): Named {
  const given = rng.pick(AR_GIVEN);
  const surname = rng.chance(0.15)
    ? `${rng.pick(AR_SURNAMES)}-${rng.pick(AR_SURNAMES)}`
    : rng.pick(AR_SURNAMES);
  const label = `${given} ${surname}`;
  const plain = plainLatin(label);
  return {
    label,
    aliases: plain === label ? [] : [plain],
    props: { nationality: 'Arvenia', gender: 'unknown' },
  };
}

const MAKERS = [arvenian, chinese, japanese, korean, borovian];
const MAKER_WEIGHTS = [40, 25, 12, 12, 11];

export function makePerson(rng: Rng): Named {
  const named = rng.weighted(MAKERS, MAKER_WEIGHTS)(rng);
  named.props.occupation = rng.pick(OCCUPATIONS);
  if (rng.chance(0.4)) {
    const year = rng.between(1955, 2003);
    named.props.dateOfBirth = rng.chance(0.5)
      ? String(year)
      : `${year}-${String(rng.between(1, 12)).padStart(2, '0')}`;
  }
  return named;
}
