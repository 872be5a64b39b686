import { criterionModel } from './model.js';

export const teamSkills = criterionModel('team-skills', {
  article:
    'Python wins for ease of learning and rapid development; Node.js suits teams already well-versed in JavaScript',
  guide: 'L27',
  weight: 2,
  weightWhy: 'the article names "team skills" right after the project\'s goals among what the choice must align with',
});
