/**
 * A complete French replacement table for <cf-participation-ladder>, as a page
 * would pass it in the `strings` property (or a child
 * `<script type="application/json" data-strings>`): every key of
 * src/participation-ladder/strings.ts, Arnstein's levels
 * (`level.<id>.label` / `level.<id>.description`) and the questionnaire
 * (`question.<area>`, `answer.<area>.<n>` with n = 1 at the bottom rung).
 * Placeholders such as {level} are kept as they are.
 *
 * French typography: a no-break space (\u00a0) before ":" and « », a narrow
 * no-break space (\u202f) before "?" and ";".
 */
import type { StringTable } from '../../src/shared/strings.js';

const ui: StringTable = {
  heading: 'Où en est la participation\u202f?',
  required: 'Une réponse est requise.',
  intro: 'Choisissez le barreau qui décrit le mieux la situation actuelle et, si vous le souhaitez, celle que vous visez.',
  'marking.label': 'Que marquez-vous\u202f?',
  'marking.now': 'Où nous en sommes',
  'marking.aim': 'Où nous voulons aller',
  'ladder.label': '{scale}\u00a0: {marking}',
  'level.position': 'barreau {position} sur {total}',
  'mark.now': 'Actuel',
  'mark.aim': 'Objectif',
  'mark.perspectiveNow': '{perspective}\u00a0: actuel',
  'mark.perspectiveAim': '{perspective}\u00a0: objectif',
  'summary.empty': 'Rien n’est encore marqué. Choisissez le barreau qui décrit le mieux où en est la participation aujourd’hui.',
  'summary.now': 'Où nous en sommes\u00a0: {level}.',
  'summary.aim': 'Où nous voulons aller\u00a0: {level}.',
  'summary.addAim': 'Marquez où vous voulez aller pour voir l’écart.',
  'gap.same': 'Vous êtes là où vous voulez être.',
  'gap.up.one': 'Vous voulez monter de {count} barreau, de {now} à {aim}.',
  'gap.up.other': 'Vous voulez monter de {count} barreaux, de {now} à {aim}.',
  'gap.down.one': 'Votre objectif se situe {count} barreau plus bas que la situation actuelle, de {now} à {aim}. Ce peut être le bon choix\u00a0: le barreau le plus haut n’est pas toujours le but.',
  'gap.down.other': 'Votre objectif se situe {count} barreaux plus bas que la situation actuelle, de {now} à {aim}. Ce peut être le bon choix\u00a0: le barreau le plus haut n’est pas toujours le but.',
  'gap.crosses': 'Vous passez ainsi de «\u00a0{from}\u00a0» à «\u00a0{to}\u00a0».',
  'perspectives.label': 'Quel point de vue évaluez-vous\u202f?',
  'spread.heading': 'Comparaison des points de vue',
  'spread.none': 'Évaluez chaque point de vue pour pouvoir les comparer.',
  'spread.todo': 'Reste à évaluer\u00a0: {names}.',
  'spread.agree': 'Tous les points de vue évalués jusqu’ici la placent au même barreau\u00a0: {level}.',
  'spread.apart.one': 'Les points de vue sont à {count} barreau d’écart. {list}.',
  'spread.apart.other': 'Les points de vue sont à {count} barreaux d’écart. {list}.',
  'spread.entry': '{perspective}\u00a0: {level}',
  'spread.marked': 'C’est une vraie différence, qui mérite d’en parler ensemble.',
  'help.open': 'Aidez-moi à choisir',
  'help.heading': 'Aidez-moi à choisir',
  'help.intro': 'Répondez pour chaque domaine de décision. La suggestion est la médiane de vos réponses\u202f; vous pouvez l’accepter ou choisir vous-même un autre barreau.',
  'help.notSure': 'Je ne sais pas, ou sans objet',
  'help.profile': 'Vos réponses par domaine',
  'help.profileEntry': '{area}\u00a0: {level}',
  'help.noAnswers': 'Répondez à au moins une question pour voir une suggestion.',
  'help.suggestion': 'Barreau suggéré\u00a0: {level}.',
  'help.reasons': 'Pourquoi\u00a0: c’est la médiane de vos réponses sur {count} domaines.',
  'help.uneven': 'La participation est inégale\u00a0: plus forte pour {strongest}, plus faible pour {weakest}.',
  'help.accept': 'Retenir «\u00a0{level}\u00a0» comme situation actuelle',
  'help.accepted': '«\u00a0{level}\u00a0» est marqué comme situation actuelle.',
  'help.override': 'Ce n’est pas cela\u202f? Choisissez un autre barreau sur l’échelle.',
  'actions.label': 'Garder une copie',
  'actions.copy': 'Copier en texte',
  'actions.json': 'Télécharger en JSON',
  'actions.image': 'Télécharger l’image',
  'actions.clear': 'Effacer mes réponses',
  copied: 'Copié dans le presse-papiers.',
  copyFailed: 'Copie impossible\u00a0: le navigateur a bloqué le presse-papiers. Essayez plutôt «\u00a0Télécharger en JSON\u00a0».',
  cleared: 'Vos réponses sont effacées.',
  'persist.note': 'Vos réponses sont conservées sur cet appareil uniquement.',
  'persist.failed': 'Vos réponses ne peuvent pas être conservées sur cet appareil, mais tout le reste fonctionne.',
  'announce.now': 'Où nous en sommes\u00a0: {level}.',
  'announce.aim': 'Où nous voulons aller\u00a0: {level}.',
  'validation.required': 'Choisissez le barreau qui décrit le mieux où en est la participation aujourd’hui.',
  'about.title': 'À propos de ce modèle',
  'error.json': 'L’échelle personnalisée n’a pas pu être lue ({reason}). L’échelle d’Arnstein est affichée à la place.',
  'error.scale': 'Il n’existe pas d’échelle appelée «\u00a0{scale}\u00a0». L’échelle d’Arnstein est affichée à la place.',
  'error.value': '«\u00a0{value}\u00a0» n’est pas un barreau de cette échelle\u00a0: rien n’est encore marqué.',
  'report.title': 'Auto-évaluation de la participation',
  'report.scale': 'Échelle\u00a0: {scale}',
  'report.date': 'Date\u00a0: {date}',
  'report.perspective': 'Point de vue\u00a0: {perspective}',
  'report.notMarked': 'non marqué',
};

/** Arnstein's rungs, bottom to top: [id, label, description]. */
const arnsteinLevels: Array<[string, string, string]> = [
  ['manipulation', 'Manipulation', 'Des personnes siègent dans des conseils ou des comités pour entériner des décisions, afin que ceux qui détiennent le pouvoir obtiennent leur soutien.'],
  ['therapy', 'Thérapie', 'La participation cherche à changer les personnes, en traitant leurs opinions comme le problème plutôt que les conditions qu’elles vivent.'],
  ['informing', 'Information', 'On informe les personnes des décisions, de leurs droits et des options\u00a0: à sens unique, et souvent trop tard pour changer quoi que ce soit.'],
  ['consultation', 'Consultation', 'On recueille les avis par des enquêtes ou des réunions, sans promettre d’en tenir compte.'],
  ['placation', 'Apaisement', 'Quelques personnes choisies conseillent ou siègent dans des comités\u202f; ceux qui détiennent le pouvoir restent juges de leurs conseils.'],
  ['partnership', 'Partenariat', 'Le pouvoir est partagé par la négociation, avec des instances communes de planification et de décision.'],
  ['delegated-power', 'Délégation de pouvoir', 'Les personnes détiennent la majorité des sièges ou l’autorité formelle sur un plan ou un programme.'],
  ['citizen-control', 'Contrôle citoyen', 'Les personnes dirigent elles-mêmes le programme ou l’organisation, et en assurent la politique et la gestion.'],
];

/** Questionnaire: the question, then the answers bottom rung first (Arnstein). */
const questionnaire: Record<string, { question: string; answers: string[] }> = {
  agenda: {
    question: 'Qui fixe l’ordre du jour\u00a0: ce dont on parle et ce qui passe en priorité\u202f?',
    answers: [
      'Le personnel le fixe\u202f; on ne fait appel aux personnes que pour l’appuyer.',
      'Il est centré sur le changement des attitudes ou des comportements des personnes.',
      'On informe les personnes de l’ordre du jour.',
      'On demande aux personnes ce qui compte pour elles\u202f; le personnel fixe l’ordre du jour.',
      'Quelques personnes donnent leur avis sur l’ordre du jour\u202f; le personnel garde le dernier mot.',
      'Les personnes et le personnel fixent l’ordre du jour ensemble.',
      'Les personnes qui utilisent le service fixent l’essentiel de l’ordre du jour.',
      'Les personnes qui utilisent le service fixent l’ordre du jour.',
    ],
  },
  design: {
    question: 'Qui façonne la conception du service ou du projet\u202f?',
    answers: [
      'On ne montre les projets aux personnes que pour les faire approuver.',
      'Le travail de conception sert à changer les personnes, pas le service.',
      'On explique aux personnes comment ce sera conçu.',
      'Les personnes commentent les projets\u202f; le personnel décide.',
      'Quelques personnes siègent dans un groupe de conception qui conseille le personnel.',
      'Les personnes et le personnel le conçoivent ensemble, en partenaires.',
      'Les personnes qui utilisent le service mènent la conception, avec l’appui du personnel.',
      'Les personnes qui utilisent le service le conçoivent elles-mêmes.',
    ],
  },
  decisions: {
    question: 'Qui a le dernier mot\u202f?',
    answers: [
      'Les personnes ne sont pas associées, ou seulement pour approuver ce qui est décidé.',
      'La participation sert à changer les personnes, pas le service.',
      'On informe les personnes de ce qui a été décidé.',
      'On demande leur avis aux personnes\u202f; le personnel décide.',
      'Quelques personnes donnent leur avis\u202f; le personnel garde le dernier mot.',
      'Les personnes et le personnel décident ensemble selon des modalités convenues.',
      'Les personnes qui utilisent le service ont l’essentiel du pouvoir de décision.',
      'Les personnes qui utilisent le service décident de tout.',
    ],
  },
  money: {
    question: 'Qui contrôle l’argent et les ressources\u202f?',
    answers: [
      'Les personnes n’ont aucune vue sur le budget\u202f; leur nom peut servir à le justifier.',
      'Les ressources financent des programmes destinés à changer les personnes.',
      'On informe les personnes de la manière dont l’argent est dépensé.',
      'On demande aux personnes leur avis sur les dépenses\u202f; le personnel décide.',
      'Quelques personnes donnent leur avis sur les dépenses\u202f; le personnel tient le budget.',
      'Les personnes et le personnel arrêtent le budget ensemble.',
      'Les personnes qui utilisent le service contrôlent l’essentiel du budget.',
      'Les personnes qui utilisent le service détiennent et gèrent le budget.',
    ],
  },
  evaluation: {
    question: 'Quels savoirs comptent pour juger de la réussite\u202f?',
    answers: [
      'Les témoignages des personnes servent à illustrer une réussite définie par d’autres.',
      'Réussir, c’est que les personnes changent de comportement.',
      'On communique les résultats aux personnes.',
      'Les personnes remplissent des questionnaires\u202f; le personnel juge de la réussite.',
      'Quelques personnes commentent les résultats\u202f; le personnel en tire les conclusions.',
      'Les personnes et le personnel choisissent ensemble les critères et jugent ensemble de la réussite.',
      'Les personnes qui utilisent le service mènent l’évaluation.',
      'Les personnes qui utilisent le service définissent et conduisent l’évaluation.',
    ],
  },
  feedback: {
    question: 'Que deviennent les avis des personnes\u202f?',
    answers: [
      'Les avis sont recueillis pour la forme\u202f; rien ne change.',
      'Les avis sont vus comme le signe de ce que les personnes doivent changer en elles-mêmes.',
      'Les personnes apprennent les changements, mais on ne leur a pas demandé leur avis.',
      'Les avis sont recueillis, mais les personnes savent rarement ce qu’ils ont changé.',
      'Certains avis sont retenus quand le personnel est d’accord avec eux.',
      'Les avis sont suivis d’effet dans un cadre commun convenu, et les personnes connaissent le résultat.',
      'Les avis des personnes décident de ce qui change.',
      'Les personnes qui utilisent le service décident des changements et les mettent en œuvre.',
    ],
  },
};

export const frenchStrings: StringTable = {
  ...ui,
  ...Object.fromEntries(
    arnsteinLevels.flatMap(([id, label, description]) => [
      [`level.${id}.label`, label],
      [`level.${id}.description`, description],
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(questionnaire).flatMap(([area, { question, answers }]) => [
      [`question.${area}`, question],
      ...answers.map((answer, index) => [`answer.${area}.${index + 1}`, answer]),
    ]),
  ),
};
