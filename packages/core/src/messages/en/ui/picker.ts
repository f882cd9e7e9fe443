import type { MessageTree } from '../../types';

export const picker = {
  title: 'What kind of move is this?',
  intro: 'Answer a few questions and the guide shows the steps for your move.',
  question: {
    from: 'Where is your WhatsApp number connected now?',
    to: 'Where should it go?',
    scenario: 'Which of these is your move?',
  },
  answerBoth: 'Answer the questions to see your path.',
  answerScenario: 'Answer the last question to see your path.',
  start: 'Start this move',
  continue: 'Continue this move',
  switchWarning:
    'You have finished steps of “{{scenario}}”. If you switch, what you typed is kept but those steps start again.',
  change: 'Choose another kind of move',
} satisfies MessageTree;
