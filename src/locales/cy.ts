/**
 * Welsh (Cymraeg) for all three widgets: every key of each widget's British
 * English table, and for `<cf-participation-ladder>` the words of all four
 * preset scales and of "Help me decide". Loaded on demand (see
 * src/shared/locales.ts) when an element's nearest `lang` is `cy` or `cy-*`.
 *
 * DRAFT: written to follow the plain Welsh of Welsh public services and
 * Social Care Wales terms (gofal cymdeithasol, cyfranogiad, cyd-gynhyrchu,
 * datblygiad proffesiynol parhaus, DPP). A native Welsh speaker, ideally
 * from social care, must review the wording before release.
 *
 * Notes for reviewers and editors:
 * - Placeholders such as {level} are filled in by the code and must stay
 *   exactly as they are.
 * - A placeholder never follows a word that mutates the next one ("o", "i",
 *   "at", "a"...), since its value cannot be mutated: the sentences use a
 *   colon, brackets or quotation marks instead.
 * - Counts are digits, so nouns after them stay in the singular and
 *   unmutated ("3 ffon"); "ffon" (rung) does not mutate at all.
 * - Welsh has six plural categories (zero, one, two, few, many, other);
 *   every counted key has all six.
 * - Citations keep their titles in the original English.
 */
import type { StringTable } from '../shared/strings.js';

type PluralForms = { one: string; other: string; zero?: string; two?: string; few?: string; many?: string };

/** `key.zero` ... `key.other` for a counted string; forms not given are the `other` form. */
function plural(key: string, forms: PluralForms): StringTable {
  const { one, other } = forms;
  return {
    [`${key}.zero`]: forms.zero ?? other,
    [`${key}.one`]: one,
    [`${key}.two`]: forms.two ?? other,
    [`${key}.few`]: forms.few ?? other,
    [`${key}.many`]: forms.many ?? other,
    [`${key}.other`]: other,
  };
}

// ---- <cf-participation-ladder> ------------------------------------------------

const ladderInterface: StringTable = {
  heading: 'Ble mae cyfranogiad ar yr ysgol?',
  required: 'Mae angen ateb.',
  intro: 'Dewiswch y ffon sy’n disgrifio orau sut mae pethau nawr ac, os dymunwch, ble rydych chi am fod.',
  'marking.label': 'Mae’r clic nesaf yn gosod',
  'marking.now': 'Ble rydyn ni nawr',
  'marking.aim': 'Ble rydyn ni am fod',
  'ladder.label': '{scale}: {marking}',
  'ladder.labelPerspective': '{scale}: {marking} ({perspective})', // needs a Welsh speaker's review (new in session 6)
  'level.position': 'ffon {position} o {total}',
  'mark.now': 'Nawr',
  'mark.aim': 'Nod',
  'mark.perspectiveNow': '{perspective}: nawr',
  'mark.perspectiveAim': '{perspective}: nod',
  'summary.empty': 'Does dim wedi’i farcio eto. Dewiswch y ffon sy’n disgrifio orau ble mae cyfranogiad nawr.',
  'summary.now': 'Ble rydyn ni nawr: {level}.',
  'summary.aim': 'Ble rydyn ni am fod: {level}.',
  'summary.addAim': 'Marciwch ble rydych chi am fod i weld y bwlch.',
  'gap.same': 'Rydych chi lle rydych chi am fod.',
  ...plural('gap.up', {
    one: 'Rydych chi am symud {count} ffon i fyny, o “{now}” i “{aim}”.',
    other: 'Rydych chi am symud {count} ffon i fyny, o “{now}” i “{aim}”.',
  }),
  ...plural('gap.down', {
    one: 'Mae eich nod {count} ffon yn is na ble rydych chi nawr, o “{now}” i lawr i “{aim}”. Gall hynny fod y dewis iawn: nid y ffon uchaf yw’r nod bob amser.',
    other: 'Mae eich nod {count} ffon yn is na ble rydych chi nawr, o “{now}” i lawr i “{aim}”. Gall hynny fod y dewis iawn: nid y ffon uchaf yw’r nod bob amser.',
  }),
  'gap.crosses': 'Mae hynny’n croesi o “{from}” i “{to}”.',
  'perspectives.label': 'Safbwynt pwy ydych chi’n ei asesu?',
  'perspectives.rated': '{perspective}, wedi’i asesu',
  'spread.heading': 'Sut mae’r safbwyntiau’n cymharu',
  'spread.none': 'Aseswch bob safbwynt i’w cymharu.',
  'spread.todo': 'I’w asesu o hyd: {names}.',
  'spread.one': 'Dim ond {perspective} sydd wedi’i asesu hyd yma: {level}.',
  'spread.agree': 'Mae pob safbwynt a aseswyd hyd yma yn ei osod ar yr un ffon: {level}.',
  ...plural('spread.apart', {
    one: 'Mae’r safbwyntiau {count} ffon ar wahân. {list}.',
    other: 'Mae’r safbwyntiau {count} ffon ar wahân. {list}.',
  }),
  'spread.entry': '{perspective}: {level}',
  'spread.marked': 'Mae hwnnw’n wahaniaeth go iawn, sy’n werth ei drafod gyda’ch gilydd.',
  'help.open': 'Helpwch fi i benderfynu',
  'help.intro': 'Atebwch ar gyfer pob maes penderfynu. Yr awgrym yw canol eich atebion; gallwch ei dderbyn neu ddewis ffon arall eich hun.',
  'help.notSure': 'Ddim yn siŵr, neu ddim yn berthnasol',
  'help.profile': 'Eich atebion fesul maes',
  'help.profileEntry': '{area}: {level}',
  'help.noAnswers': 'Atebwch o leiaf un cwestiwn i weld awgrym.',
  'help.suggestion': 'Y ffon a awgrymir: {level}.',
  'help.reasons': 'Pam: dyma ganol eich atebion ar draws {count} o feysydd.',
  'help.uneven': 'Mae cyfranogiad yn anghyson. Cryfaf: {strongest}. Gwannaf: {weakest}.',
  'help.accept': 'Nodi {level} fel ble rydyn ni nawr',
  'help.accepted': 'Wedi nodi {level} fel ble rydyn ni nawr.',
  'help.override': 'Ddim yn iawn? Dewiswch ffon wahanol ar yr ysgol.',
  'actions.label': 'Cadw copi',
  'actions.copy': 'Copïo fel testun',
  'actions.json': 'Lawrlwytho JSON',
  'actions.image': 'Lawrlwytho delwedd',
  loading: 'Wrthi’n llwytho…',
  'actions.clear': 'Clirio fy atebion',
  'actions.undo': 'Dadwneud',
  copied: 'Wedi’i gopïo i’r clipfwrdd.',
  copyFailed: 'Methu copïo: mae’r porwr wedi rhwystro’r clipfwrdd. Rhowch gynnig ar “Lawrlwytho JSON” yn lle hynny.',
  cleared: 'Mae eich atebion wedi’u clirio.',
  'cleared.undoHint': 'I’w cael yn ôl, dewiswch “Dadwneud”.',
  restored: 'Mae eich atebion yn ôl.',
  'persist.note': 'Caiff eich atebion eu cadw ar y ddyfais hon yn unig.',
  'persist.failed': 'Does dim modd cadw eich atebion ar y ddyfais hon, ond mae popeth arall yn gweithio.',
  'announce.now': 'Ble rydyn ni nawr: {level}.',
  'announce.aim': 'Ble rydyn ni am fod: {level}.',
  // needs a Welsh speaker's review (new in session 6)
  'announce.perspective': '{perspective}: {announcement}',
  'announce.nextAim': 'Nesaf, dewiswch ble rydych chi am fod: mae’r clic nesaf yn gosod hynny.',
  'validation.required': 'Dewiswch y ffon sy’n disgrifio orau ble mae cyfranogiad nawr.',
  'about.title': 'Am y model hwn',
  'error.json': 'Doedd dim modd darllen y raddfa bersonol ({reason}). Yn dangos ysgol Arnstein yn lle hynny.',
  'error.scale': 'Does dim graddfa o’r enw “{scale}”. Yn dangos ysgol Arnstein yn lle hynny.',
  'error.value': 'Dydy “{value}” ddim yn ffon ar yr ysgol hon, felly does dim wedi’i farcio eto.',
  'report.scale': 'Graddfa: {scale}',
  'report.date': 'Dyddiad: {date}',
  'report.perspective': 'Safbwynt: {perspective}',
};

const TOP_RUNG_NOTE =
  'Nid y ffon uchaf yw’r nod iawn bob amser: i rai pobl, cymryd rhan yw’r peth pwysig, ac mae mathau o wybodaeth yn cyfrif yn ogystal â grym (Tritter a McCallum, 2006, "The snakes and ladders of user involvement: Moving beyond Arnstein", Health Policy 76(2):156-168).';

/** A preset scale in Welsh: its name, bands, rungs bottom first as [id, label, description], and notes. */
interface WelshScale {
  name: string;
  groups: Record<string, string>;
  levels: Array<[string, string, string]>;
  about: string[];
}

const scales: Record<string, WelshScale> = {
  arnstein: {
    name: 'Ysgol cyfranogiad dinasyddion Arnstein',
    groups: {
      nonparticipation: 'Dim cyfranogiad',
      tokenism: 'Graddau o docenistiaeth',
      'citizen-power': 'Graddau o rym dinasyddion',
    },
    levels: [
      ['manipulation', 'Manipwleiddio', 'Caiff pobl eu rhoi ar fyrddau neu baneli i gymeradwyo penderfyniadau heb eu herio, er mwyn i’r rhai sydd â grym ennill eu cefnogaeth.'],
      ['therapy', 'Therapi', 'Mae’r cyfranogiad yn ceisio newid pobl, gan drin eu barn fel y broblem yn hytrach na’r amgylchiadau y maen nhw’n eu hwynebu.'],
      ['informing', 'Hysbysu', 'Dywedir wrth bobl am benderfyniadau, hawliau a dewisiadau: un ffordd, ac yn aml yn rhy hwyr i newid dim.'],
      ['consultation', 'Ymgynghori', 'Gofynnir am farn pobl mewn arolygon neu gyfarfodydd, heb addewid y bydd neb yn gweithredu arni.'],
      ['placation', 'Dyhuddo', 'Mae ychydig o bobl ddethol yn cynghori neu’n eistedd ar bwyllgorau; y rhai sydd â grym sy’n dal i bwyso a mesur y cyngor.'],
      ['partnership', 'Partneriaeth', 'Caiff grym ei rannu drwy drafod, gyda strwythurau ar y cyd ar gyfer cynllunio a gwneud penderfyniadau.'],
      ['delegated-power', 'Grym dirprwyedig', 'Pobl sydd â’r rhan fwyaf o’r seddi neu’r awdurdod ffurfiol dros gynllun neu raglen.'],
      ['citizen-control', 'Rheolaeth gan ddinasyddion', 'Mae pobl yn rhedeg y rhaglen neu’r sefydliad eu hunain, yn gyfrifol am bolisi a rheolaeth.'],
    ],
    about: [
      'Sherry R. Arnstein (1969), "A Ladder of Citizen Participation", Journal of the American Institute of Planners 35(4):216-224. Galwodd Arnstein yr ysgol yn symleiddiad: nid un grŵp unffurf yw “y di-rym” na “deiliaid grym” chwaith.',
      TOP_RUNG_NOTE,
      'Collins, K. ac Ison, R. (2009), "Jumping off Arnstein\'s ladder: social learning as a new policy paradigm for climate change adaptation", Environmental Policy and Governance 19(6):358-373.',
    ],
  },
  hart: {
    name: 'Ysgol cyfranogiad plant Hart',
    groups: {
      'non-participation': 'Dim cyfranogiad',
      participation: 'Graddau o gyfranogiad',
    },
    levels: [
      ['manipulation', 'Manipwleiddio', 'Mae plant yn cario negeseuon oedolion heb ddeall beth yw eu hystyr.'],
      ['decoration', 'Addurn', 'Mae plant yn ymddangos, yn canu neu’n gwisgo crysau-T, dros achos nad yw’n eiddo iddyn nhw.'],
      ['tokenism', 'Tocenistiaeth', 'Mae gan blant lais, ond fawr ddim dewis am y pwnc na sut i’w ddefnyddio.'],
      ['assigned-but-informed', 'Wedi’u penodi ond yn deall', 'Oedolion sy’n penderfynu, ond mae plant yn deall y diben ac mae ganddyn nhw rôl ystyrlon.'],
      ['consulted-and-informed', 'Wedi’u holi ac wedi’u hysbysu', 'Oedolion sy’n rhedeg y prosiect; gofynnir am farn plant ac mae’n cael ei chymryd o ddifrif.'],
      ['adult-initiated-shared-decisions-with-children', 'Oedolion yn cychwyn, penderfyniadau ar y cyd â phlant', 'Oedolion sy’n cychwyn y prosiect ac yn rhannu’r penderfyniadau â phlant.'],
      ['child-initiated-and-directed', 'Plant yn cychwyn ac yn arwain', 'Plant sy’n cychwyn ac yn arwain y prosiect; mae oedolion yn eu cefnogi.'],
      ['child-initiated-shared-decisions-with-adults', 'Plant yn cychwyn, penderfyniadau ar y cyd ag oedolion', 'Plant sy’n cychwyn y prosiect ac yn dewis rhannu penderfyniadau ag oedolion.'],
    ],
    about: [
      'Roger Hart (1992), "Children\'s Participation: From Tokenism to Citizenship", UNICEF Innocenti Essays rhif 4. Pwysleisiodd Hart yn ddiweddarach mai sbardun i drafodaeth yw’r ysgol, nid mesur.',
      TOP_RUNG_NOTE,
    ],
  },
  iap2: {
    name: 'Sbectrwm Cyfranogiad y Cyhoedd IAP2',
    groups: {},
    levels: [
      ['inform', 'Hysbysu', 'Mae’r cyhoedd yn cael gwybodaeth gytbwys i ddeall y broblem a’r dewisiadau.'],
      ['consult', 'Ymgynghori', 'Gofynnir i’r cyhoedd am adborth ar y dadansoddiad, y dewisiadau neu benderfyniad.'],
      ['involve', 'Cynnwys', 'Mae’r cyhoedd yn gweithio ochr yn ochr drwy gydol y broses, fel bod pryderon pobl yn llunio’r dewisiadau.'],
      ['collaborate', 'Cydweithio', 'Mae’r cyhoedd yn bartner ym mhob rhan o’r penderfyniad, gan gynnwys yr ateb a ffefrir.'],
      ['empower', 'Grymuso', 'Mae’r penderfyniad terfynol yn nwylo’r cyhoedd.'],
    ],
    about: [
      'IAP2 Spectrum of Public Participation, IAP2 International Federation (2018). Enwau IAP2 yw enwau’r lefelau; ni sydd wedi ysgrifennu’r disgrifiadau byr. Mae’r Sbectrwm yn dangos effaith gynyddol y cyhoedd ar benderfyniad, gyda phob lefel yn paru nod ag addewid i’r cyhoedd.',
      TOP_RUNG_NOTE,
    ],
  },
  tlap: {
    name: 'Ysgol cyd-gynhyrchu Think Local Act Personal',
    groups: {
      'doing-to': 'Gwneud i bobl',
      'doing-for': 'Gwneud ar gyfer pobl',
      'doing-with': 'Gwneud gyda phobl',
    },
    levels: [
      ['coercion', 'Gorfodaeth', 'Mae pobl yn mynychu gwasanaethau neu gyfarfodydd heb lais go iawn, weithiau heb ddewis.'],
      ['educating', 'Addysgu', 'Caiff pobl eu helpu i ddeall gwasanaethau fel y maen nhw, er mwyn iddyn nhw ffitio i mewn.'],
      ['informing', 'Hysbysu', 'Dywedir wrth bobl am wasanaethau ac am benderfyniadau a wnaed gan eraill.'],
      ['consultation', 'Ymgynghori', 'Gofynnir am farn pobl, ond efallai na fyddan nhw byth yn clywed pa wahaniaeth a wnaethon nhw.'],
      ['engagement', 'Ymgysylltu', 'Mae gan bobl fwy o gyfle i lunio gwasanaethau, ond y rhai sy’n eu rhedeg sy’n dal i benderfynu.'],
      ['co-design', 'Cyd-ddylunio', 'Mae pobl yn helpu i ddylunio gwasanaethau o’r dechrau, ond efallai na fyddan nhw’n rhan o’u darparu.'],
      ['co-production', 'Cyd-gynhyrchu', 'Mae pobl sy’n defnyddio gwasanaethau a’r rhai sy’n eu rhedeg yn gweithio fel partneriaid cyfartal, gan ddylunio, darparu ac adolygu gyda’i gilydd.'],
    ],
    about: [
      'Think Local Act Personal, "Ladder of co-production". Ystyr cyd-gynhyrchu yw perthynas gyfartal rhwng pobl sy’n defnyddio gwasanaethau a’r rhai sy’n eu darparu neu’n eu comisiynu, ar draws dylunio, darparu ac adolygu.',
      TOP_RUNG_NOTE,
    ],
  },
};

/** "Help me decide": the area's name, its question, and Arnstein's answers bottom rung first. */
const questionnaire: Record<string, { area: string; question: string; answers: string[] }> = {
  agenda: {
    area: 'Agenda',
    question: 'Pwy sy’n gosod yr agenda: beth sy’n cael ei drafod a’i flaenoriaethu?',
    answers: [
      'Y staff sy’n ei gosod; dim ond i’w chefnogi y daw pobl i mewn.',
      'Mae’n canolbwyntio ar newid agweddau neu ymddygiad pobl.',
      'Dywedir wrth bobl beth sydd ar yr agenda.',
      'Gofynnir i bobl beth sy’n bwysig iddyn nhw; y staff sy’n gosod yr agenda.',
      'Mae ychydig o bobl yn cynghori ar yr agenda; y staff sy’n cadw’r gair olaf.',
      'Mae pobl a staff yn gosod yr agenda gyda’i gilydd.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n gosod y rhan fwyaf o’r agenda.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n gosod yr agenda.',
    ],
  },
  design: {
    area: 'Dylunio',
    question: 'Pwy sy’n llunio sut mae’r gwasanaeth neu’r prosiect yn cael ei ddylunio?',
    answers: [
      'Dim ond i’w cymeradwyo y dangosir dyluniadau i bobl.',
      'Defnyddir gwaith dylunio i newid pobl, nid y gwasanaeth.',
      'Dywedir wrth bobl sut y caiff ei ddylunio.',
      'Mae pobl yn rhoi sylwadau ar ddyluniadau; y staff sy’n penderfynu.',
      'Mae ychydig o bobl yn eistedd ar grŵp dylunio sy’n cynghori’r staff.',
      'Mae pobl a staff yn ei ddylunio gyda’i gilydd fel partneriaid.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n arwain y dylunio, gyda chefnogaeth staff.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n ei ddylunio eu hunain.',
    ],
  },
  decisions: {
    area: 'Penderfyniadau',
    question: 'Pwy sydd â’r gair olaf?',
    answers: [
      'Dydy pobl ddim yn cael eu cynnwys, neu dim ond i gefnogi’r hyn a benderfynir.',
      'Mae’r cyfranogiad yn ymwneud â newid pobl, nid y gwasanaeth.',
      'Dywedir wrth bobl beth a benderfynwyd.',
      'Gofynnir i bobl; y staff sy’n penderfynu.',
      'Mae ychydig o bobl yn cynghori; y staff sy’n cadw’r gair olaf.',
      'Mae pobl a staff yn penderfynu gyda’i gilydd drwy drefniadau y cytunwyd arnyn nhw.',
      'Pobl sy’n defnyddio’r gwasanaeth sydd â’r rhan fwyaf o’r llais.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n gwbl gyfrifol.',
    ],
  },
  money: {
    area: 'Arian ac adnoddau',
    question: 'Pwy sy’n rheoli arian ac adnoddau?',
    answers: [
      'Does gan bobl ddim golwg ar y gyllideb; efallai y defnyddir eu henwau i’w chyfiawnhau.',
      'Mae adnoddau’n mynd ar raglenni i newid pobl.',
      'Dywedir wrth bobl sut mae’r arian yn cael ei wario.',
      'Gofynnir i bobl am eu barn ar wariant; y staff sy’n penderfynu.',
      'Mae ychydig o bobl yn cynghori ar wariant; y staff sy’n dal y gyllideb.',
      'Mae pobl a staff yn cytuno ar y gyllideb gyda’i gilydd.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n rheoli’r rhan fwyaf o’r gyllideb.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n dal ac yn rheoli’r gyllideb.',
    ],
  },
  evaluation: {
    area: 'Gwerthuso',
    question: 'Gwybodaeth pwy sy’n cyfrif wrth farnu llwyddiant?',
    answers: [
      'Defnyddir straeon pobl i ddangos llwyddiant a ddiffiniwyd gan eraill.',
      'Ystyr llwyddiant yw bod pobl yn newid eu hymddygiad.',
      'Dywedir wrth bobl beth yw’r canlyniadau.',
      'Mae pobl yn llenwi arolygon; y staff sy’n barnu llwyddiant.',
      'Mae ychydig o bobl yn rhoi sylwadau ar y canfyddiadau; y staff sy’n dod i gasgliadau.',
      'Mae pobl a staff yn cytuno ar y mesurau ac yn barnu llwyddiant gyda’i gilydd.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n arwain y gwerthuso.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n diffinio ac yn cynnal y gwerthuso.',
    ],
  },
  feedback: {
    area: 'Adborth',
    question: 'Beth sy’n digwydd i farn pobl?',
    answers: [
      'Caiff barn ei chasglu er mwyn ymddangosiad; does dim yn newid.',
      'Caiff barn ei thrin fel arwydd o’r hyn y mae’n rhaid i bobl ei newid ynddyn nhw eu hunain.',
      'Mae pobl yn clywed am newidiadau, ond ni ofynnwyd am eu barn.',
      'Caiff barn ei chasglu, ond anaml y bydd pobl yn clywed pa wahaniaeth a wnaeth.',
      'Caiff rhywfaint o’r farn ei defnyddio pan fydd y staff yn cytuno â hi.',
      'Gweithredir ar farn pobl drwy drefniadau ar y cyd y cytunwyd arnyn nhw, ac mae pobl yn clywed y canlyniad.',
      'Barn pobl sy’n penderfynu beth sy’n newid.',
      'Pobl sy’n defnyddio’r gwasanaeth sy’n penderfynu ar y newidiadau ac yn eu gwneud.',
    ],
  },
};

/**
 * The scales' and questionnaire's words under the keys `localiseScale` and
 * the questionnaire look up. Level, band and answer keys name the scale
 * (`level.hart.manipulation.label`), as ids recur across scales with other
 * descriptions; a page's own unscoped keys still win over them.
 */
const ladderScales: StringTable = Object.fromEntries(
  Object.entries(scales).flatMap(([scaleId, scale]) => [
    [`scale.${scaleId}.name`, scale.name],
    ...Object.entries(scale.groups).map(([groupId, label]) => [`group.${scaleId}.${groupId}.label`, label]),
    ...scale.levels.flatMap(([levelId, label, description]) => [
      [`level.${scaleId}.${levelId}.label`, label],
      [`level.${scaleId}.${levelId}.description`, description],
    ]),
    ...scale.about.map((paragraph, index) => [`about.${scaleId}.${index + 1}`, paragraph]),
  ]),
);

const ladderQuestionnaire: StringTable = Object.fromEntries(
  Object.entries(questionnaire).flatMap(([area, { area: name, question, answers }]) => [
    [`area.${area}`, name],
    [`question.${area}`, question],
    ...answers.map((answer, index) => [`answer.arnstein.${area}.${index + 1}`, answer]),
  ]),
);

export const ladder: StringTable = { ...ladderInterface, ...ladderScales, ...ladderQuestionnaire };

// ---- <cf-pros-cons> -------------------------------------------------------------

/** `{pros}` / `{cons}` are the side labels inside a sentence ("manteision"), `{Pros}` / `{Cons}` as written. */
export const prosCons: StringTable = {
  'label.pros': 'Manteision',
  'label.cons': 'Anfanteision',
  intro: 'Pwyswch a mesurwch bob pwynt ar gyfer eich ymarfer eich hun: faint mae’n bwysig i chi?',
  'weight.0': 'Ddim yn berthnasol i mi',
  'weight.1': 'Bach',
  'weight.2': 'Pwysig',
  'weight.3': 'Hollbwysig',
  'weight.group': 'Pa mor bwysig yw hyn: {text}',
  'weight.short.0': 'Ddim i mi',
  'weight.short.1': 'Bach',
  'weight.short.2': 'Pwysig',
  'weight.short.3': 'Hollbwysig',
  'weight.suggested': 'Awgrym yr awdur',
  'weight.legend': 'Llinell doredig: awgrym yr awdur. Dewiswch bwysau i’w wneud yn eiddo i chi.',
  'balance.suggested': 'Mae’r pwyntiau nad ydych wedi’u pwyso yn cyfrif gyda’r pwysau a awgrymwyd gan yr awdur.',
  'own.badge': 'Eich pwynt',
  'own.edit': 'Golygu',
  'own.save': 'Cadw',
  'own.cancel': 'Canslo',
  'own.remove': 'Dileu',
  'own.editLabel': 'Golygu eich pwynt',
  'add.heading': 'Ychwanegu pwynt eich hun',
  'add.text': 'Eich pwynt',
  'add.side': 'Mae’n perthyn i’r',
  'add.submit': 'Ychwanegu pwynt',
  'add.empty': 'Ysgrifennwch eich pwynt yn gyntaf.',
  'add.full': 'Does dim lle i ragor ({side}): {max} pwynt ar y mwyaf ar bob ochr.',
  'announce.added': 'Mae eich pwynt wedi’i ychwanegu ({side}).',
  'announce.edited': 'Mae eich pwynt wedi’i newid.',
  'announce.removed': 'Mae eich pwynt wedi’i ddileu.',
  'announce.verdict': 'Y dyfarniad nawr yw: {verdict}.',
  'balance.heading': 'I ba gyfeiriad mae’r fantol yn troi i chi',
  'balance.meter': 'Y fantol: {pros} / {cons}',
  'balance.totals': '{Pros}: cyfanswm {prosTotal}; {cons}: cyfanswm {consTotal}.',
  'balance.value': 'Mantol {value} ar raddfa o −1 (dim ond {cons}) i +1 (dim ond {pros}).',
  'verdict.mostly-cons': 'Yn bennaf: {cons}',
  'verdict.leans-cons': 'Yn gogwyddo: {cons}',
  'verdict.balanced': 'Cytbwys: dim llawer gwell na gwaeth y naill ffordd na’r llall',
  'verdict.leans-pros': 'Yn gogwyddo: {pros}',
  'verdict.mostly-pros': 'Yn bennaf: {pros}',
  'tipping.more': 'Pwynt tipio: pe bai “{point}” ychydig yn bwysicach i chi ({to}, nid {from}), byddai’r dyfarniad yn newid i “{verdict}”.',
  'tipping.less': 'Pwynt tipio: pe bai “{point}” ychydig yn llai pwysig i chi ({to}, nid {from}), byddai’r dyfarniad yn newid i “{verdict}”.',
  'tipping.none': 'Fyddai newid un pwysiad yn unig ddim yn symud y dyfarniad.',
  'reflection.label': 'Beth mae hyn yn ei olygu i’m hymarfer',
  'reflection.hint': 'Er enghraifft: beth fyddwch chi’n rhoi cynnig arno, yn dal ati i’w wneud neu’n ei osgoi, a pham.',
  'actions.label': 'Cadw cofnod',
  'actions.copy': 'Copïo fel testun',
  'actions.markdown': 'Lawrlwytho Markdown',
  'actions.json': 'Lawrlwytho JSON',
  'actions.print': 'Argraffu',
  'actions.clear': 'Clirio fy atebion',
  'actions.undo': 'Dadwneud',
  copied: 'Wedi’i gopïo i’r clipfwrdd.',
  copyFailed: 'Methu copïo: mae’r porwr wedi rhwystro’r clipfwrdd. Rhowch gynnig ar “Lawrlwytho Markdown” yn lle hynny.',
  cleared: 'Mae eich atebion wedi’u clirio.',
  'cleared.undoHint': 'I’w cael yn ôl, dewiswch “Dadwneud”.',
  restored: 'Mae eich atebion yn ôl.',
  'persist.note': 'Caiff eich atebion eu cadw ar y ddyfais hon yn unig.',
  'persist.failed': 'Does dim modd cadw eich atebion ar y ddyfais hon, ond mae popeth arall yn gweithio.',
  'error.json': 'Doedd dim modd darllen y pwyntiau yn y dudalen ({reason}).',
  'error.jsonShape': 'Dydy’r pwyntiau yn y dudalen ddim yn y ffurf ddisgwyliedig, { "pros": [...], "cons": [...] }.',
  'error.property': 'Dydy’r pwyntiau a roddwyd i’r arfarniad hwn ddim yn rhestr.',
  'error.unslotted': 'Mae angen slot="pros" neu slot="cons" ar y rhestrau cyn eu defnyddio.',
  'error.tooMany': 'Yn dangos y {max} cyntaf o {count} ({side}).',
  'error.noPointsAppraise': 'Does dim pwyntiau i’w pwyso a’u mesur eto. Ychwanegwch eich rhai eich hun isod.',
  'error.noPointsRead': 'Does dim pwyntiau i’w dangos.',
  'report.title': 'Arfarniad o’r manteision a’r anfanteision',
  'report.date': 'Dyddiad: {date}',
  'report.own': 'eich pwynt',
  'report.balance': 'Mantol: {value}',
  'report.verdict': 'Dyfarniad: {verdict}',
  'report.noReflection': '(heb ei ysgrifennu)',
  'report.none': '(dim)',
};

// ---- <cf-study-feed> ------------------------------------------------------------

export const studyFeed: StringTable = {
  heading: 'Diweddariadau’r astudiaeth',
  'study.status': 'Statws:',
  'study.phase': 'Cam:',
  'status.active': 'Ar waith',
  'status.completed': 'Wedi’i chwblhau',
  'updates.heading': 'Y diweddariadau diweddaraf',
  'updates.empty': 'Dim diweddariadau eto.',
  ...plural('updates.more', {
    one: 'Yn dangos y diweddaraf o {count} diweddariad.',
    other: 'Yn dangos y {shown} diweddaraf o {count} diweddariad.',
  }),
  'item.new': 'Newydd',
  'item.untitled': 'Diweddariad heb deitl',
  'item.by': 'gan {authors}',
  'milestones.heading': 'Cerrig milltir',
  'milestone.done': 'Wedi’i gwblhau',
  'milestone.current': 'Ar y gweill',
  'milestone.planned': 'Wedi’i gynllunio',
  'follow.heading': 'Dilyn yr astudiaeth',
  loading: 'Yn llwytho’r diweddariadau diweddaraf…',
  refresh: 'Adnewyddu',
  refreshing: 'Yn chwilio am ddiweddariadau…',
  retry: 'Rhoi cynnig arall arni',
  source: 'Agor y ffrwd ei hun',
  checked: 'Gwiriwyd {when}.',
  'when.dayAt': '{day} am {time}',
  'when.date': 'ar {date}',
  'stale.loading': 'Yn dangos y copi a gadwyd {when} wrth chwilio am ddiweddariadau newydd.',
  'stale.error': 'Yn dangos y copi a gadwyd {when}, am nad oedd modd llwytho’r diweddariadau diweddaraf.',
  'error.heading': 'Doedd dim modd llwytho’r diweddariadau.',
  'error.network': 'Doedd dim modd cyrraedd y ffrwd. Efallai fod ei gweinydd i lawr, neu nad yw perchennog y ffrwd yn caniatáu i wefannau eraill ei darllen: gall ei chaniatáu (CORS), neu gall y dudalen hon ddefnyddio’r briodwedd proxy.',
  'error.offline': 'Mae’n ymddangos eich bod all-lein. Bydd y diweddariadau’n llwytho pan fyddwch chi ar-lein eto.',
  'error.http': 'Atebodd gweinydd y ffrwd â gwall (HTTP {status}).',
  'error.http.404': 'Doedd y ffrwd ddim i’w chael yn y cyfeiriad hwn (HTTP 404).',
  'error.http.410': 'Mae’r ffrwd wedi’i thynnu o’r cyfeiriad hwn (HTTP 410).',
  'error.http.401': 'Mae’r ffrwd yn breifat ac mae angen mewngofnodi (HTTP {status}).',
  'error.http.403': 'Mae’r ffrwd yn breifat ac mae angen mewngofnodi (HTTP {status}).',
  'error.http.server': 'Cafodd gweinydd y ffrwd broblem (HTTP {status}). Rhowch gynnig arall arni yn nes ymlaen.',
  'error.timeout': 'Cymerodd y ffrwd ormod o amser i ateb (mwy na {seconds} eiliad).',
  'error.not-a-feed': 'Mae’r cyfeiriad hwn yn rhoi tudalen we neu fath arall o ffeil, nid ffrwd (RSS, Atom neu JSON Feed).',
  'error.too-large': 'Mae’r ffrwd yn rhy fawr i’w dangos (dros {limit}).',
  'error.malformed': 'Mae’r ffrwd wedi torri a does dim modd ei darllen.',
  'error.parser': 'Doedd dim modd llwytho rhan o’r cerdyn hwn. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  'error.inline': 'Dydy’r diweddariadau sydd wedi’u hysgrifennu yn y dudalen hon ddim yn JSON dilys.',
  'error.no-source': 'Does dim ffrwd i’w dangos eto.',
  ...plural('announce.new', {
    one: '{count} diweddariad newydd: {titles}.',
    other: '{count} o ddiweddariadau newydd: {titles}.',
  }),
  'announce.none': 'Dim diweddariadau newydd.',
  'announce.error': 'Doedd dim modd adnewyddu’r diweddariadau. {reason}',
  'announce.load-error': 'Doedd dim modd llwytho’r diweddariadau. {reason}',
  'announce.recovered': 'Mae’r diweddariadau diweddaraf wedi llwytho.',
  'announce.paused': 'Mae diweddariadau awtomatig wedi’u hoedi.',
  'announce.resumed': 'Mae diweddariadau awtomatig wedi ailddechrau.',
  pause: 'Oedi diweddariadau awtomatig',
  ...plural('show-new', {
    one: 'Dangos {count} diweddariad newydd',
    other: 'Dangos {count} o ddiweddariadau newydd',
  }),
};

/** One table per element tag, as `registerStrings` takes them. */
const cy: Readonly<Record<string, StringTable>> = {
  'cf-participation-ladder': ladder,
  'cf-pros-cons': prosCons,
  'cf-study-feed': studyFeed,
};

export default cy;
