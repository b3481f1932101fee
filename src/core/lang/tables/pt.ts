import type { LangTable } from './types';

/** Portuguese (Brazil, Portugal). */
export const pt: LangTable = {
  lang: 'pt',
  meter: [
    '(você )?(atingiu|chegou ao) (o )?(seu )?limite',
    '# (matérias?|artigos?|reportagens?|notícias?) (gratuit[oa]s?|grátis)',
    '(resta|restam) # (matérias?|artigos?|reportagens?|notícias?)',
    '(matérias|artigos) gratuit[oa]s (restantes|este mês|por mês)',
    '(última|último) (matéria|artigo|notícia) gratuit[oa]',
    'limite de # (matérias|artigos)',
  ],
  subOnly: [
    '(exclusiv[oa]|conteúdo exclusivo|restrito|bloqueado) (para|a) assinantes',
    '(só|apenas|somente) para assinantes',
    'para assinantes',
  ],
  login: ['já (é|sou) assinante', 'já (tem|possui) (uma )?(conta|assinatura)', 'já é cadastrado'],
  gate: [
    'para continuar (lendo|a ler)',
    '(assine|cadastre-se|entre|faça login) para (ler|continuar|ter acesso)',
    'continue lendo (com|por)',
    'para ler (a matéria|o artigo|esta matéria|a notícia) (completa|completo|na íntegra)',
  ],
  register: ['(cadastre-se|registe-se|registre-se) (gratuitamente|grátis)', 'cadastro gratuito', 'crie (sua|uma) conta (gratuita|grátis)'],
  terms: [
    'cancele (quando quiser|a qualquer momento)',
    'renovação automática',
    'sem fidelidade',
    'cancelamento a qualquer momento',
    'sem compromisso',
  ],
  plan: ['(escolha|conheça) (seu|o seu|um) plano', '(nossos|conheça nossos|veja os) planos', 'no primeiro mês'],
  cta: ['assinar (agora|já)', 'assine (o|a)', 'assine (já|agora)', 'quero assinar', 'faça (sua|a sua) assinatura', 'torne-se assinante', 'assine o (globo|estadão)'],
  newsletter: [
    '(assine|receba|cadastre-se (em|na)|inscreva-se (em|na)) (a |nossa )?newsletter',
    '(receba|assine) (nosso|o) boletim',
  ],
  benefit: ['acesso ilimitado', 'sem (anúncios|publicidade)'],
  weak: ['assinatura', 'assinantes?', 'assine', 'entrar', 'premium'],
  period: ['mês', 'meses', 'ano', 'anos', 'semana', 'semanas', 'dia', 'dias'],
  perSep: ['por', 'ao', 'no primeiro', 'nos primeiros( #)?', 'cada', 'durante( #)?'],
  consent: [
    '(usamos|utilizamos) cookies',
    'este (site|sítio) (usa|utiliza) cookies',
    'aceitar (todos|tudo|cookies)',
    'rejeitar (todos|tudo)',
    '(gerenciar|gerir) (preferências|cookies)'],
  /** Privacy vocabulary: counts for consent only next to a cookie/consent phrase (regwalls link privacy policies too). */
  privacy: ['política de (privacidade|cookies)', 'consentimento'],
};
