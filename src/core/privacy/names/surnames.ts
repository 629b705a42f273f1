// Common surnames in the Netherlands, written as they appear after a first name: with their
// tussenvoegsels ("de Vries", "van der Berg", "El Amrani"). The detector matches the particles and
// the core separately, so "Van der Berg", "van den Berg" and "mevrouw Berg" all work. Dutch, Frisian
// and Flemish names, and the names of Moroccan, Turkish, Surinamese, Antillean, Indonesian,
// Chinese, Polish, Syrian, Eritrean and Somali Dutch.

const dutch = `
de Jong|Jansen|de Vries|van den Berg|van der Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|Meyer
de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits
de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen
van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven
Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Peeters|de Jonge|Kuipers
van Veen|Post|Kuiper|Veenstra|Kramer|van den Brink|Scholten|van Wijk|Postma|Martens|Vink|de Ruiter
Timmermans|Groen|Gerritsen|Jonker|van Loon|Boer|van der Velde|Willemsen|Smeets|de Lange|de Vos
Bosch|van Dongen|Schipper|de Koning|van der Laan|Koning|van der Velden|Driessen|van Doorn|Hermans
Evers|van den Bosch|van der Meulen|Hofman|Bosman|Wolters|Sanders|van der Horst|Mol|Kuijpers
Molenaar|van de Pol|de Leeuw|Verbeek|Wouters|Klein|Goossens|Pietersen|Pieters|Hoogendoorn|Hofstra
Lammers|Zwart|Jonkers|Rietveld|Boon|Coenen|Claassen|Verschoor|van Rijn|Brink|Mertens|Wagenaar
Hoek|Bouwman|de Wilde|Beekman|van Es|Hoogland|Kingma|Bosma|Wiersma|Zijlstra|Terpstra|Sijtsma
Hettinga|Hiemstra|Jelsma|Faber|Kooistra|Boersma|Wijma|Tuinstra|Schaap|Feenstra|van der Werf
Verheijen|Verhagen|Verbruggen|Hendriksen|Gerrits|Dirks|Dirksen|Arts|Aerts|van Vliet|Bruins
Bruinsma|de Kok|Kamphuis|Kroon|Kwakman|Langeveld|Lubbers|Meulenbelt|Nijhuis|Nijenhuis|Oosterhuis
Overbeek|Pauw|Poot|Reinders|Rijkers|Rutten|Sloot|Spijkerman|Steenbergen|Stam|Teunissen|Tromp
van Beek|van Bergen|van Damme|van Gils|van Hout|van Kampen|van Oers|van Rooij|van Schaik|van Zanten
de Rooij|de Ridder|de Wolf|de Heer|de Beer|de Man|de Bruyn|Dijkman|Dijkhuis|Ebbers|Eijkelenboom
Franken|Geurts|Gijsbers|Groenewegen|Haverkamp|Heijnen|Hoeksema|Hofstede|Holtkamp|Huijbers|Jagt
Jaspers|Kampen|Keizer|Klaassen|Knoop|Koenen|Kolkman|Koopman|Kooiman|Kossen|Kouwenhoven|Lambers
Leenders|Linders|Maassen|Meeuwsen|Michels|Minnaard|Mooij|Nieuwenhuis|Noordhuis|Oosting|Otten
Peerenboom|Peters|Ploeg|Raaijmakers|Rademaker|Ramaker|Roelofs|Roos|Schaap|Schepers|Schreurs
Simons|Slot|Snijders|Spaans|Stevens|Swinkels|Thijssen|Tijssen|Veenendaal|Veldhuis|Veldman|Verkerk
Vermeer|Verschuren|Vos|Vroom|Weijers|Wessels|Westerhof|Wijnen|Wijnands|Zuidema|Zwiers|Hoekstra
van Rijn|van der Sluis|van der Ploeg|van der Zee|van der Steen|van der Kolk|van den Hoek|ten Have
ter Horst|ten Brink|in 't Veld|van 't Hof|op de Beek|van Ginkel|van Houten|Bakkers|Kuijper
`;

const moroccanAndArabic = `
El Amrani|El Idrissi|El Khatib|El Ouali|El Hamdaoui|El Bakkali|El Haddouti|El Yousfi|Ait Ali
Ait Ouali|Benali|Bouzid|Bouali|Boukhari|Bakkali|Azzouzi|Haddou|Chaouki|Amrani|Aboutaleb|Ouahabi
Achahbar|Amezian|Bouharrou|Zaoui|Tahiri|Ziani|Ouaziz|Mansouri|Benaissa|Belhaj|Boutaher|Akrouh
Ahmadi|Hussein|Ibrahim|Mohamed|Mahmoud|Hassan|Abdullah|Al Masri|Al-Hassan|Al Khatib|Khalil
Haddad|Nasser|Saleh|Darwish|Sulaiman|Aziz|Rahimi|Hosseini|Karimi|Mohammadi|Sultani|Popal
`;

const turkish = `
Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin
Kara|Koç|Kurt|Özkan|Şimşek|Polat|Erdoğan|Güler|Aktaş|Keskin|Ünal|Uçar|Tekin|Bulut|Kaplan|Acar
`;

const surinameCaribbeanAsian = `
Ramdin|Sewnarain|Jagesar|Biharie|Mahabier|Kromodimedjo|Sitaldin|Pinas|Kasanwirjo|Ramdas|Ramlal
Soekhai|Bhagwandin|Jhinkoe|Autar|Baldewsingh|Ramsaran|Sardjoe|Mahadew|Karijopawiro|Sarmo|Atmodikoro
Martina|Rosario|Mercelina|Isenia|Koeiman|Pietersz|Zimmerman|Sumter|Jansen-Martina|Kook
Nguyen|Tran|Le|Pham|Tan|Lim|Chen|Wang|Zhang|Liu|Wong|Chan|Huang|Lin|Lie|Tjon|Tjin|Liem|Oei|Kwee
`;

const europeanAndAfrican = `
Kowalski|Nowak|Wiśniewski|Wiśniewska|Wójcik|Kowalczyk|Lewandowski|Zieliński|Kamiński|Kowalska
Nowakowska|Szymański|Woźniak|Dąbrowski|Kozłowski|Mazur|Krawczyk|Shevchenko|Kovalenko|Bondarenko
Tkachenko|Melnyk|Petrov|Ivanov|Popescu|Ionescu|Georgiev|Dimitrov|Horvat|Rossi|Russo|Garcia|Silva
Santos|Rodriguez|Fernandes|Tesfay|Tekle|Gebremedhin|Haile|Berhane|Ghebreyesus|Tesfamariam
Abraha|Kidane|Warsame|Farah|Abdi|Osman|Hassan|Mohamud|Jama|Yusuf|Ali|Diallo|Mensah|Owusu|Boateng
`;

function names(...blocks: string[]): string[] {
  return blocks.flatMap((block) => block.split(/[|\n]/).map((n) => n.trim()).filter(Boolean));
}

export const surnames: readonly string[] = names(dutch, moroccanAndArabic, turkish, surinameCaribbeanAsian, europeanAndAfrican);
