import type { SelfCheckMessages } from '../messages.js';

export const en: SelfCheckMessages = {
  loading: 'Loading the questions…',
  loadError: 'The questions could not be loaded. The urgent help numbers always work.',
  retry: 'Try again',
  unavailable:
    'This service finder has no questions. You can search for services in your own words.',
  draftNote: "The questions are a draft: the county's professionals have not reviewed them yet.",
  privacy:
    'Your answers stay on this page in this browser only. They are not sent anywhere or saved, and they are forgotten when you leave or reload the page.',
  start: 'Start',
  progress: (current, total) => `Question ${current} of ${total}`,
  next: 'Next',
  finish: 'Show the suggestions',
  back: 'Previous',
  restart: 'Start again',
  close: 'Back to the service search',
  chooseAnswer: 'Choose one answer to go on.',
  dangerAnnounce: 'The emergency number and the crisis lines are now shown at the top.',
  freeCall: 'free',
  servicesNow: 'Services that could help now',
  servicesLighter: 'Lighter support you can use at the same time',
  servicesLoading: 'Finding services…',
  servicesError: 'The services could not be shown right now.',
  noServices: 'No services were found. You can ask for advice on the number below.',
  talkHeading: 'Talk to a professional',
  sharedIntro:
    "These suggestions were shared with you as a link. The link holds nobody's answers, only the suggested support.",
  answerYourself: 'Answer the questions yourself',
  copyLink: 'Copy a link to these suggestions',
  linkPrivacy: 'The link holds only the suggested support, not your answers.',
  linkLabel: 'Link to the suggestions',
  linkCopied: 'The link was copied.',
  linkManual: 'Copy the link from the field below.',
  summaryReady: 'The suggestions are ready.',
};
