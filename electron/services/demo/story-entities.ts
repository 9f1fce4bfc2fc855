import type { StoryEntity } from './story-types';

/**
 * The hand-written core of the demo case: a fictional counter-intelligence case in the
 * invented country of Arvenia. Every person, organization, company, vessel and country here
 * is invented; identifiers use reserved ranges (example domains, TEST-NET addresses).
 * Shaped so the typical question has answers: which students and businesspeople sit within
 * three hops of an organization suspected of tasking them?
 */

const zl = { country: 'Zhonglan' };
const ar = { country: 'Arvenia' };

// A data table: one record a line reads best.
// prettier-ignore
export const STORY_ENTITIES: StoryEntity[] = [
  // State-linked organizations
  { key: 'bureau7', type: 'Organization', label: 'Seventh Bureau, State Security Commission', aliases: ['第七局', '国家安全委员会第七局', 'SSC-7'], props: { orgKind: 'intelligence service', stateLinked: true, ...zl }, notes: 'Assessed to direct technology collection against Arvenian maritime research.', conf: 'probable', grade: 'B2', cls: 'SECRET' },
  { key: 'inst614', type: 'Organization', label: 'Institute 614 for Marine Acoustics', aliases: ['第六一四研究所', 'MAI-614'], props: { orgKind: 'research institute', stateLinked: true, ...zl }, notes: 'Military-linked research institute; sonar and seabed mapping.', conf: 'confirmed', grade: 'A1', cls: 'RESTRICTED' },
  { key: 'navyEquip', type: 'Organization', label: 'Zhonglan Navy Equipment Department', aliases: ['海军装备部'], props: { orgKind: 'military unit', stateLinked: true, ...zl }, conf: 'confirmed', grade: 'A1' },
  { key: 'dirS', type: 'Organization', label: 'Directorate S, Borovian General Staff', aliases: ['Управление «С»', 'Upravleniye S'], props: { orgKind: 'intelligence service', stateLinked: true, country: 'Borovia' }, conf: 'probable', grade: 'B3', cls: 'SECRET' },
  { key: 'friendship', type: 'Organization', label: 'Arvenia–Zhonglan Friendship and Science Association', aliases: ['阿中友好科学协会'], props: { orgKind: 'association', ...ar }, notes: 'Organizes paid conference trips for researchers.', since: '2014', conf: 'confirmed', grade: 'B2', cls: 'OFFICIAL' },
  // Universities, at home and abroad
  { key: 'upc', type: 'Organization', label: 'University of Port Cassel', aliases: ['UPC'], props: { orgKind: 'university', stateLinked: false, ...ar }, conf: 'confirmed', grade: 'A1' },
  { key: 'ait', type: 'Organization', label: 'Arvenian Institute of Technology', aliases: ['AIT', 'Arveniska Tekniska Institutet'], props: { orgKind: 'university', ...ar }, conf: 'confirmed', grade: 'A1' },
  { key: 'qinghe', type: 'Organization', label: 'Qinghe University of Engineering', aliases: ['清河工程大学'], props: { orgKind: 'university', ...zl }, notes: 'Runs a joint laboratory with Institute 614.', conf: 'confirmed', grade: 'B2' },
  { key: 'sakura', type: 'Organization', label: 'Sakuragawa Institute of Technology', aliases: ['桜川工科大学'], props: { orgKind: 'university', country: 'Akitsu' }, conf: 'confirmed', grade: 'A1' },
  { key: 'seoyeon', type: 'Organization', label: 'Seoyeon National University', aliases: ['서연국립대학교'], props: { orgKind: 'university', country: 'Hanseo' }, conf: 'confirmed', grade: 'A1' },
  { key: 'velik', type: 'Organization', label: 'Velikoretsk State Polytechnic University', aliases: ['Великорецкий государственный политехнический университет', 'VGPU'], props: { orgKind: 'university', country: 'Borovia' }, conf: 'confirmed', grade: 'B2' },
  // Arvenian bodies
  { key: 'dra', type: 'Organization', label: 'Arvenian Defence Research Agency', aliases: ['ADRA'], props: { orgKind: 'government body', ...ar }, conf: 'confirmed', grade: 'A1' },
  { key: 'apss', type: 'Organization', label: 'Arvenian Protective Security Service', aliases: ['APSS'], props: { orgKind: 'law enforcement', ...ar }, conf: 'confirmed', grade: 'A1' },
  // Companies
  { key: 'lanxin', type: 'Company', label: 'Lanxin Maritime Consulting Ltd.', aliases: ['蓝信海事咨询有限公司', 'Lanxin Consulting'], props: { jurisdiction: 'Arvenia', registrationNumber: 'AR-556120-4471', sector: 'maritime consulting', incorporated: '2016-09' }, notes: 'Suspected front company: two employees, no public clients, large transfers from abroad.', since: '2016-09', conf: 'probable', grade: 'B2', cls: 'CONFIDENTIAL' },
  { key: 'lanxinHold', type: 'Company', label: 'Lanxin Holdings (Zhonglan) Co.', aliases: ['蓝信控股有限公司'], props: { jurisdiction: 'Zhonglan', sector: 'holding' }, conf: 'probable', grade: 'C3' },
  { key: 'kestrel', type: 'Company', label: 'Kestrel Sonar Systems AB', aliases: ['Kestrel Sonar'], props: { jurisdiction: 'Arvenia', registrationNumber: 'AR-104455-0032', sector: 'defence electronics', incorporated: '2004' }, conf: 'confirmed', grade: 'A1' },
  { key: 'haeseong', type: 'Company', label: 'Haeseong Shipping Co.', aliases: ['해성해운'], props: { jurisdiction: 'Hanseo', sector: 'shipping', incorporated: '1998-05-12' }, conf: 'confirmed', grade: 'B2' },
  { key: 'severny', type: 'Company', label: 'Severny Veter Trading LLC', aliases: ['ООО «Северный ветер»', 'Severnyy Veter'], props: { jurisdiction: 'Borovia', sector: 'dual-use trading' }, conf: 'probable', grade: 'C2', cls: 'RESTRICTED' },
  { key: 'brightwater', type: 'Company', label: 'Brightwater Components Ltd.', props: { jurisdiction: 'Arvenia', sector: 'electronics distribution', incorporated: '2011' }, conf: 'confirmed', grade: 'B1' },
  { key: 'tidewater', type: 'Company', label: 'Tidewater Logistics GmbH', props: { jurisdiction: 'Arvenia', sector: 'freight forwarding' }, conf: 'possible', grade: 'D4' },
  // People: students and researchers
  { key: 'li', type: 'Person', label: 'Lǐ Mínghuī', aliases: ['李明辉', 'Li Minghui', 'Ming Li'], props: { nationality: 'Zhonglan', dateOfBirth: '1996-03', gender: 'male', occupation: 'PhD student, underwater acoustics' }, notes: 'Lab access to the UPC towed-array project since 2020.', conf: 'confirmed', grade: 'B2', cls: 'CONFIDENTIAL' },
  { key: 'chen', type: 'Person', label: 'Chén Yǔtóng', aliases: ['陈雨桐', 'Chen Yutong'], props: { nationality: 'Zhonglan', dateOfBirth: '1998', gender: 'female', occupation: 'MSc student, materials science' }, conf: 'confirmed', grade: 'B2' },
  { key: 'wang', type: 'Person', label: 'Wáng Jiāqí', aliases: ['王嘉琪', 'Wang Jiaqi'], props: { nationality: 'Zhonglan', gender: 'female', occupation: 'visiting researcher' }, notes: 'Listed on an Institute 614 paper in 2019; denies any link.', conf: 'probable', grade: 'C3' },
  { key: 'morikawa', type: 'Person', label: 'Morikawa Sōta', aliases: ['森川 颯太', 'Sota Morikawa'], props: { nationality: 'Akitsu', dateOfBirth: '1999-11-02', gender: 'male', occupation: 'exchange student' }, conf: 'confirmed', grade: 'A2' },
  { key: 'yoon', type: 'Person', label: 'Yoon Ha-eun', aliases: ['윤하은', 'Yun Ha-eun'], props: { nationality: 'Hanseo', gender: 'female', occupation: 'PhD student, marine robotics' }, conf: 'confirmed', grade: 'B2' },
  { key: 'ishizaki', type: 'Person', label: 'Ishizaki Haruna', aliases: ['石崎 春菜'], props: { nationality: 'Akitsu', gender: 'female', occupation: 'research fellow', title: 'Dr.' }, conf: 'confirmed', grade: 'B1' },
  { key: 'akerholm', type: 'Person', label: 'Jonas Åkerholm', aliases: ['J. Åkerholm'], props: { nationality: 'Arvenia', gender: 'male', occupation: 'professor of acoustics', title: 'Prof.' }, conf: 'confirmed', grade: 'A1' },
  // People: businesspeople, officials and others
  { key: 'zhou', type: 'Person', label: 'Zhōu Hàorán', aliases: ['周浩然', 'Zhou Haoran', 'H. R. Zhou'], props: { nationality: 'Zhonglan', dateOfBirth: '1979', gender: 'male', occupation: 'managing director' }, notes: 'Frequent contact with students from Qinghe; pays in cash.', conf: 'confirmed', grade: 'B2', cls: 'SECRET' },
  { key: 'zhouHy', type: 'Person', label: 'Zhōu Hàoyǔ', aliases: ['周浩宇', 'Zhou Haoyu'], props: { nationality: 'Zhonglan', gender: 'male', occupation: 'naval officer' }, conf: 'possible', grade: 'C4' },
  { key: 'guo', type: 'Person', label: 'Guō Lìpíng', aliases: ['郭立平', 'Guo Liping'], props: { nationality: 'Zhonglan', gender: 'male', occupation: 'deputy director', title: 'Prof.' }, conf: 'probable', grade: 'B2' },
  { key: 'vautrin', type: 'Person', label: 'Élise Vautrin', aliases: ['E. Vautrin'], props: { nationality: 'Arvenia', gender: 'female', occupation: 'senior sonar engineer', title: 'Dr.' }, conf: 'confirmed', grade: 'A1', cls: 'CONFIDENTIAL' },
  { key: 'ferreira', type: 'Person', label: 'Tomás Ferreira-Lind', aliases: ['Tomas Ferreira Lind'], props: { nationality: 'Arvenia', dateOfBirth: '1987-06-30', gender: 'male', occupation: 'test engineer' }, conf: 'confirmed', grade: 'A1', cls: 'SECRET' },
  { key: 'ingrid', type: 'Person', label: 'Ingrid Ferreira-Lind', props: { nationality: 'Arvenia', gender: 'female' }, conf: 'confirmed', grade: 'A2' },
  { key: 'castellanos', type: 'Person', label: 'Noémie Castellanos', aliases: ['N. Castellanos'], props: { nationality: 'Arvenia', gender: 'female', occupation: 'procurement manager' }, conf: 'confirmed', grade: 'B2' },
  { key: 'baek', type: 'Person', label: 'Baek Ji-hoon', aliases: ['백지훈', 'Paek Chi-hun'], props: { nationality: 'Hanseo', dateOfBirth: '1971', gender: 'male', occupation: 'shipping executive' }, conf: 'confirmed', grade: 'B2' },
  { key: 'volnov', type: 'Person', label: 'Arkady Volnov', aliases: ['Аркадий Вольнов', 'Arkadiy Volnov'], props: { nationality: 'Borovia', dateOfBirth: '1968', gender: 'male', occupation: 'businessman' }, conf: 'confirmed', grade: 'B2', cls: 'CONFIDENTIAL' },
  { key: 'sorokina', type: 'Person', label: 'Yelena Sorokina-Dahl', aliases: ['Елена Сорокина-Даль'], props: { nationality: 'Arvenia', gender: 'female', occupation: 'export compliance officer' }, conf: 'confirmed', grade: 'B2' },
  { key: 'ostrovetsky', type: 'Person', label: 'Gleb Ostrovetsky', aliases: ['Глеб Островецкий'], props: { nationality: 'Borovia', gender: 'male', occupation: 'second secretary (diplomat)' }, notes: 'Declared diplomat; assessed intelligence officer under cover.', conf: 'probable', grade: 'B3', cls: 'SECRET' },
  { key: 'grinevich', type: 'Person', label: 'Pavel Grinevich', aliases: ['Павел Гриневич'], props: { nationality: 'Borovia', gender: 'male', occupation: 'ship master' }, conf: 'probable', grade: 'C3' },
  { key: 'danescu', type: 'Person', label: 'Mirela Dănescu', props: { nationality: 'Arvenia', gender: 'female', occupation: 'investigative journalist' }, conf: 'confirmed', grade: 'A1' },
  // Incidents
  { key: 'leak', type: 'Incident', label: 'Kestrel design-data leak', props: { incidentKind: 'data leak', occurred: '2022-06', reference: 'APSS-2022-117' }, notes: 'Drawings of the KS-9 towed array found on a foreign file-sharing site.', since: '2022-06', conf: 'confirmed', grade: 'A1', cls: 'CONFIDENTIAL' },
  { key: 'intrusion', type: 'Incident', label: 'Intrusion into UPC acoustics lab network', props: { incidentKind: 'intrusion', occurred: '2021-11-23' }, since: '2021-11-23', until: '2021-12', conf: 'confirmed', grade: 'A2', cls: 'RESTRICTED' },
  { key: 'heron', type: 'Incident', label: 'Operation GREY HERON', props: { incidentKind: 'espionage case', occurred: '2022', reference: 'APSS-OP-GH' }, notes: 'Espionage investigation into the Lanxin network.', since: '2022', conf: 'probable', grade: 'B2', cls: 'TOP SECRET' },
  { key: 'arrest', type: 'Incident', label: 'Arrest of T. Ferreira-Lind', props: { incidentKind: 'arrest', occurred: '2023-03-14' }, since: '2023-03-14', conf: 'confirmed', grade: 'A1', cls: 'OFFICIAL' },
  { key: 'incursion', type: 'Incident', label: 'Skerrow Sound vessel incursion', props: { incidentKind: 'vessel incursion', occurred: '2023-08' }, since: '2023-08', conf: 'confirmed', grade: 'A2', cls: 'RESTRICTED' },
  { key: 'sanctions', type: 'Incident', label: 'Dual-use export to Borovia via Brightwater', props: { incidentKind: 'sanctions breach', occurred: '2021' }, conf: 'possible', grade: 'C3', cls: 'CONFIDENTIAL' },
  // Places
  { key: 'portCassel', type: 'Location', label: 'Port Cassel', props: { locationKind: 'city', ...ar, latitude: 61.42, longitude: 4.87 } },
  { key: 'skerrow', type: 'Location', label: 'Skerrow Sound', props: { locationKind: 'region', ...ar, latitude: 61.8, longitude: 4.2 } },
  { key: 'hollmarsh', type: 'Location', label: 'Hollmarsh Naval Test Range', props: { locationKind: 'facility', ...ar }, cls: 'RESTRICTED' },
  { key: 'lindvik', type: 'Location', label: 'Kestrel test hall, Lindvik', props: { locationKind: 'facility', ...ar } },
  { key: 'harbourRoad', type: 'Location', label: 'Harbour Road 14, Port Cassel', props: { locationKind: 'address', ...ar } },
  { key: 'qingheCity', type: 'Location', label: 'Qinghe', aliases: ['清河市'], props: { locationKind: 'city', ...zl } },
  { key: 'velikoretsk', type: 'Location', label: 'Velikoretsk', aliases: ['Великорецк'], props: { locationKind: 'city', country: 'Borovia' } },
  { key: 'mokhae', type: 'Location', label: 'Port of Mokhae', aliases: ['목해항'], props: { locationKind: 'port', country: 'Hanseo' } },
  // Sources
  { key: 'report117', type: 'Document', label: 'APSS incident report 2022-117', props: { documentKind: 'report', published: '2022-07-04', author: 'APSS', reference: 'APSS-2022-117' }, conf: 'confirmed', grade: 'A1', cls: 'RESTRICTED' },
  { key: 'article', type: 'Document', label: '“Students in the lab”, Cassel Courier', props: { documentKind: 'article', published: '2023-05-02', author: 'Mirela Dănescu', url: 'https://courier.example/students-in-the-lab' }, conf: 'probable', grade: 'C3' },
  { key: 'registry', type: 'Document', label: 'Registry extract: Lanxin Maritime Consulting Ltd.', props: { documentKind: 'registry extract', published: '2023-01' }, conf: 'confirmed', grade: 'A1' },
  { key: 'transcript', type: 'Document', label: 'Interview transcript, T. Ferreira-Lind', props: { documentKind: 'transcript', published: '2023-03-15', author: 'APSS' }, conf: 'confirmed', grade: 'B2', cls: 'SECRET' },
  { key: 'court', type: 'Document', label: 'Port Cassel District Court, case 23-0412', props: { documentKind: 'court record', published: '2023-09', reference: '23-0412' }, conf: 'confirmed', grade: 'A1' },
  { key: 'coastReport', type: 'Document', label: 'Coast guard report: Skerrow Sound, August 2023', props: { documentKind: 'report', published: '2023-08-21', author: 'Arvenian Coast Guard' }, conf: 'confirmed', grade: 'A2', cls: 'RESTRICTED' },
  // Identifiers
  { key: 'phoneZhou', type: 'Identifier', label: '+99 41 555 0134', props: { identifierKind: 'phone', issuer: 'ArvTel' }, conf: 'confirmed', grade: 'A1' },
  { key: 'passportZhou', type: 'Identifier', label: 'ZL-E4471093', props: { identifierKind: 'passport', issuer: 'Zhonglan' }, conf: 'confirmed', grade: 'A1', cls: 'CONFIDENTIAL' },
  { key: 'phoneLi', type: 'Identifier', label: '+99 47 555 0199', props: { identifierKind: 'phone', issuer: 'ArvTel' }, conf: 'probable', grade: 'B2' },
  { key: 'accountLi', type: 'Identifier', label: 'mh_li_acoustic', props: { identifierKind: 'online account', issuer: 'WeLink' }, conf: 'possible', grade: 'C3' },
  { key: 'emailLanxin', type: 'Identifier', label: 'contact@lanxin-consult.example', props: { identifierKind: 'email' }, conf: 'confirmed', grade: 'A1' },
  { key: 'bankLanxin', type: 'Identifier', label: 'AR55 0000 4471 2210 93', props: { identifierKind: 'bank account', issuer: 'Cassel Savings Bank' }, conf: 'confirmed', grade: 'A1', cls: 'CONFIDENTIAL' },
  { key: 'accountVolnov', type: 'Identifier', label: '@north_wind_av', props: { identifierKind: 'online account', issuer: 'Skyline Messenger' }, conf: 'probable', grade: 'C2' },
  { key: 'ipIntrusion', type: 'Identifier', label: '203.0.113.47', props: { identifierKind: 'ip address' }, notes: 'Command-and-control address seen in the UPC intrusion.', conf: 'confirmed', grade: 'A2', cls: 'RESTRICTED' },
  // Assets
  { key: 'haiyang', type: 'Asset', label: 'Hǎiyáng Tànsuǒ 17', aliases: ['海洋探索17号', 'Haiyang Tansuo 17'], props: { assetKind: 'vessel', registration: 'IMO 9912347', flag: 'Zhonglan' }, notes: 'Survey vessel; AIS switched off for 31 hours in Skerrow Sound.', conf: 'confirmed', grade: 'A2' },
  { key: 'polarTern', type: 'Asset', label: 'Polar Tern', aliases: ['Полярная крачка'], props: { assetKind: 'vessel', registration: 'IMO 9876123', flag: 'Borovia' }, conf: 'confirmed', grade: 'B2' },
  { key: 'haeseongStar', type: 'Asset', label: 'Haeseong Star', aliases: ['해성스타'], props: { assetKind: 'vessel', registration: 'IMO 9734410', flag: 'Hanseo' }, conf: 'confirmed', grade: 'A1' },
];
