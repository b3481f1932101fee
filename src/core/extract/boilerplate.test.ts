import { describe, expect, it } from 'vitest';
import { boilerplateKind, endsWithCredit, isAffiliateDisclosure } from './boilerplate';

describe('boilerplateKind: the lead table, by language', () => {
  it.each([
    ['Lea también: Un titular de otra noticia del mismo sitio', 'related'],
    ['También te puede interesar', 'related'],
    ['Noticias relacionadas', 'related'],
    ['Articoli correlati', 'related'],
    ['Vous aimerez aussi', 'related'],
    ['Czytaj także: Tytuł innego artykułu', 'related'],
    ['Neueste Artikel', 'related'],
    ['Weitere Beiträge', 'related'],
    ['Das könnte Sie auch interessieren', 'related'],
    ['Auch interessant', 'related'],
    ['Latest stories', 'related'],
    ['This entry was posted in General. Bookmark the permalink.', 'postmeta'],
    ['Dieser Beitrag wurde am 3. Mai unter Allgemein veröffentlicht.', 'postmeta'],
    ['Leave a reply', 'postmeta'],
    ['Kommentar schreiben', 'postmeta'],
    ['Laisser un commentaire', 'postmeta'],
    ['Deja un comentario', 'postmeta'],
    ['Lascia un commento', 'postmeta'],
    ['Verraten Sie gerne in den Kommentaren: Was meinen Sie?', 'postmeta'],
    ['Du musst eingeloggt sein um Kommentare zu schreiben!', 'postmeta'],
    ['You must be logged in to post a comment.', 'postmeta'],
  ])('%s → %s', (text, kind) => {
    expect(boilerplateKind(text)).toBe(kind);
  });
  it.each([
    'Lea también la carta que el ministro envió al parlamento el martes.',
    'Czytaj także uwagi, które minister wysłał do parlamentu.',
    'Neueste Artikel der Forscher zeigen, dass die Bienen früher fliegen.',
    'Auch interessante Funde gab es in der zweiten Grabungskampagne.',
    'This entry in the register was made in 1854 by the parish clerk.',
    'Die Leser schrieben in den Kommentaren unter dem ersten Bericht viel Lob, sagte der Verlag im Gespräch mit uns über die Reaktionen.',
    'Kommentare von Lesern haben die Redaktion erreicht.',
  ])('article sentence stays: %s', (text) => {
    expect(boilerplateKind(text)).toBeNull();
  });
});

describe('endsWithCredit: caption lines that end with a photo credit', () => {
  it.each([
    'Protesters outside the town hall on Friday. Photograph: Jane Roe/Agency Images',
    'Der Bürgermeister bei der Eröffnung © Presseamt der Stadt | Erika Muster',
    'Die Ministerin spricht im Plenum © dpa | Max Beispiel (jpeg, 2MB)',
    'Neue Kurse beginnen im Mai. (Quelle: Name/Bildagentur/Verband)',
    'Rund zwanzig Rudel leben in der Region. (Symbolbild) Foto: Bildarchiv',
    'Foto © Erika Muster, Hans Beispiel',
    '(Image credit: Studio Name)',
    'The mayor at the opening (AP Photo/Jane Roe)',
  ])('%s', (text) => {
    expect(endsWithCredit(text)).toBe(true);
  });
  it.each([
    'Platform x86_64 / amd64 arm64 (Apple Silicon)',
    'The agency said the picture was clear: the ice is melting faster than in 2019.',
    'Copyright © 2019 The Associated Press',
    'Die Quelle des Flusses liegt in den Alpen, sagte der Forscher.',
  ])('not a credit: %s', (text) => {
    expect(endsWithCredit(text)).toBe(false);
  });
});

describe('isAffiliateDisclosure: the disclosure table, by language', () => {
  it.each([
    'This post contains affiliate links. If you buy through them, we may earn a commission.',
    'If you click this link and make a purchase, we earn a commission at no additional cost to you.',
    'Letzte Aktualisierung am 1.03.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links',
    'Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält.',
    '* Links mit Sternchen sind sogenannte Affiliate-Links.',
    "Cet article contient des liens affiliés : nous percevons une commission sur vos achats.",
    'Este artículo contiene enlaces de afiliados.',
    'Questo articolo contiene link di affiliazione.',
  ])('%s', (text) => {
    expect(isAffiliateDisclosure(text)).toBe(true);
  });
  it.each([
    'Influencer verdienen mit Affiliate-Marketing oft mehr als mit Werbeposts, sagt die Studie.',
    'The commission said on Tuesday that it would review the merger.',
    'Die Kommission erhielt im März mehr als 300 Beschwerden.',
  ])('article sentence stays: %s', (text) => {
    expect(isAffiliateDisclosure(text)).toBe(false);
  });
});
