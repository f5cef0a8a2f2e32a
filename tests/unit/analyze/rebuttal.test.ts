import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import { loadDataset } from '../../../lib/node/load-dataset';

/** "Is it $50 billion?" "It's not 50 billion: it's 30." The page itself refutes the question's figure. */
describe('a bare rebuttal of a figure asked about', async () => {
  const engine = compileDataset(await loadDataset());
  const statusOf = (lang: string, question: string, answer: string, text: string) => {
    const analysis = analyzeArticle(engine, {
      title: 'Anthropic, Microsoft Azure and Nvidia', lang, publishedAt: '2026-05-20',
      blocks: [{ kind: 'paragraph', text: question }, { kind: 'paragraph', text: answer }],
    }, { force: true });
    return analysis.figures.find((f) => f.text === text);
  };

  it.each([
    ['fr', 'On a lu 50 milliards de dollars pour l’accord avec Microsoft. Quel est le bon chiffre ?', 'Ce n’est pas 50 milliards. L’engagement d’Anthropic chez Microsoft porte sur 30 milliards de dollars.', '50 milliards de dollars'],
    ['en', 'We read $50 billion for the Microsoft deal. Which is right?', 'It’s not 50 billion. Anthropic’s commitment to Microsoft Azure is $30 billion.', '$50 billion'],
    ['zh-Hans', '有报道说 Anthropic 与微软的协议是500亿美元，哪个数字对？', '不是500亿。Anthropic 对微软 Azure 的承诺是300亿美元。', '500亿美元'],
  ])('leaves the refuted figure unflagged (%s)', (lang, question, answer, text) => {
    expect(statusOf(lang, question, answer, text)).toMatchObject({ status: 'unverified', veto: 'rejected' });
  });

  it('still flags a figure the answer does not refute', () => {
    const figure = statusOf('en', 'We read $50 billion for the Microsoft deal. Which is right?', 'It’s not about the money. Anthropic’s commitment to Microsoft Azure is what it is.', '$50 billion');
    expect(figure).toMatchObject({ status: 'mismatch' });
  });
});

/** A fact-check quotes the claim at the top and refutes it bare several paragraphs on. */
describe('a bare rebuttal of a claim quoted further up', async () => {
  const engine = compileDataset(await loadDataset());

  it('leaves the quoted claim unflagged wherever the page quotes it', () => {
    const analysis = analyzeArticle(engine, {
      title: 'Vérification : ce que dit vraiment le contrat Google–Anthropic', lang: 'fr', publishedAt: '2026-10-20',
      blocks: [
        { kind: 'paragraph', text: 'Le message affirme que Google « touche 300 milliards de dollars » d’Anthropic.' },
        { kind: 'paragraph', text: 'Nous avons vérifié chacune de ses affirmations.' },
        { kind: 'paragraph', text: 'Anthropic a signé avec Google Cloud et Broadcom pour 5 GW.' },
        { kind: 'paragraph', text: 'Le contrat avec Google Cloud s’élève à 200 milliards de dollars, et non 300 milliards.' },
      ],
    }, { force: true });
    expect(analysis.figures.find((f) => f.text === '300 milliards de dollars')).toMatchObject({ status: 'unverified', veto: 'rejected' });
    expect(analysis.figures.find((f) => f.text === '200 milliards de dollars')).toMatchObject({ status: 'match' });
  });
});

/** A fact-check quotes the claim, then says no source gives its figures, or calls them invented. */
describe('a claim the page says nothing supports', async () => {
  const engine = compileDataset(await loadDataset());
  const figuresOf = (lang: string, claim: string, denial: string) =>
    analyzeArticle(engine, {
      title: 'Anthropic et Google', lang, publishedAt: '2026-05-22',
      blocks: [
        { kind: 'paragraph', text: claim },
        { kind: 'paragraph', text: 'Le contrat entre Anthropic et Google Cloud porte sur 5 gigawatts de capacité.' },
        { kind: 'paragraph', text: denial },
      ],
    }, { force: true }).figures;

  it.each([
    ['fr', 'Une publication affirme qu’« Anthropic vient de signer avec Google un contrat pour 10 gigawatts ».', 'Nous n’avons trouvé aucune source mentionnant une puissance de 10 gigawatts.'],
    ['fr', 'Une publication affirme qu’« Anthropic vient de signer avec Google un contrat pour 10 gigawatts ».', 'Nous n’avons rien trouvé sur ces 10 gigawatts. Un porte-parole a qualifié ce chiffre de « pure invention ».'],
    ['en', 'A post claims Anthropic just signed with Google for 10 gigawatts.', 'We found no source for 10 gigawatts; a spokesperson called the figure made up.'],
    ['fr', 'Une publication affirme qu’« Anthropic vient de signer avec Google un contrat pour 10 gigawatts ».', 'Le chiffre de 10 gigawatts, qui a beaucoup circulé, a été démenti par une source proche de Google.'],
    ['fr', 'On a lu que l’accord avec Google portait sur 10 gigawatts…', 'C’est une erreur qui circule depuis le printemps : ces 10 gigawatts-là n’ont jamais figuré dans l’accord.'],
  ])('leaves the claim unflagged (%s)', (lang, claim, denial) => {
    const figures = figuresOf(lang, claim, denial);
    expect(figures.filter((f) => f.status === 'mismatch')).toEqual([]);
    expect(figures.find((f) => f.text === '5 gigawatts')).toMatchObject({ status: 'match' });
  });

  it('still flags it when the page denies something else', () => {
    const figures = figuresOf('en', 'Anthropic signed with Google for 10 gigawatts, the company said.', 'We found no source for the rumoured price.');
    expect(figures.find((f) => f.text === '10 gigawatts')).toMatchObject({ status: 'mismatch' });
    // The sentence after denies something else: only "these figures" carry a denial back.
    const next = figuresOf('en', 'Anthropic signed with Google for 10 gigawatts, the company said.', 'Anthropic is building 10 gigawatts with Google. Calling it a takeover is baseless.');
    expect(next.find((f) => f.text === '10 gigawatts')).toMatchObject({ status: 'mismatch' });
  });
});
