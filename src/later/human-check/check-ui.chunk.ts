// Its own chunk: loaded once the flow has a check to show (check-effects.ts), so that a sign-in without a human check
// never fetches it. What answers the check on screen (ui/check-answer.ts, with its styles) and what runs its widget
// (ui/check-screen.ts). Like every lazy chunk, it imports only the entry and chunks of its own: what it needs of the
// later chunk (bidiText, the clock, the time limit) is handed in.
export { checkAnswer, WIDGET_SLOT, type AnswerView } from './ui/check-answer.js';
export { CheckScreen, type ScreenPort } from './ui/check-screen.js';
