import type { TranslationFile } from './types';

/** Knowledge content in German. Keys: `sourceHash()` of the English text (see README). */
export const DE: TranslationFile = {
  lang: 'de',
  groups: [
    {
      translatedBy:
        'Titles as German-language official translations and the press write them (transcribed by Treaty Lens developers)',
      reviewed: false,
      texts: {
        '0824e883': 'Übereinkommen der Vereinten Nationen gegen Cyberkriminalität',
        df45c9e0: 'Übereinkommen über Computerkriminalität (Budapester Konvention)',
        '97e45981':
          'Zusatzprotokoll zum Übereinkommen über Computerkriminalität betreffend die Kriminalisierung mittels Computersystemen begangener Handlungen rassistischer und fremdenfeindlicher Art',
        '197275f2':
          'Zweites Zusatzprotokoll zum Übereinkommen über Computerkriminalität über eine verstärkte Zusammenarbeit und die Weitergabe elektronischen Beweismaterials',
        '2ec3b4fa':
          'Ad-hoc-Ausschuss zur Ausarbeitung eines umfassenden internationalen Übereinkommens zur Bekämpfung der Nutzung von Informations- und Kommunikationstechnologien für kriminelle Zwecke',
      },
    },
    {
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        f1477367: 'UN-Konvention gegen Cyberkriminalität',
        f1621ccf: 'UN-Vertrag über Cyberkriminalität, angenommen 2024',
        '5395ccf8':
          'Beitretende Staaten müssen eine Reihe computerbezogener Handlungen unter Strafe stellen, ihren Behörden Befugnisse zur Beschaffung elektronischer Beweismittel geben und diese Beweismittel grenzüberschreitend teilen – für diese Straftaten und für jede schwere Straftat.',
        '15385800':
          'Ein weltweiter Strafrechtsvertrag, den die UN-Generalversammlung am 24. Dezember 2024 (Resolution 79/243) angenommen hat, nach Verhandlungen, die auf Initiative Russlands begonnen hatten. Beitretende Staaten müssen eine Reihe computerbezogener Handlungen unter Strafe stellen, ihren Behörden Befugnisse zur Sicherung und Beschaffung elektronischer Beweismittel geben und grenzüberschreitend zusammenarbeiten – bei diesen Straftaten und bei elektronischen Beweismitteln für jede schwere Straftat, also jede, die mit mindestens vier Jahren Freiheitsstrafe bedroht ist. Er wurde am 25. und 26. Oktober 2025 bei einer Zeremonie in Hanoi zur Unterzeichnung aufgelegt.',
        '3b2a3e66': 'Aufbau',
        f1f9e356:
          'Eine Präambel und neun Kapitel: allgemeine Bestimmungen, Kriminalisierung, Gerichtsbarkeit, verfahrensrechtliche Maßnahmen und Strafverfolgung, internationale Zusammenarbeit, Prävention, technische Hilfe und Informationsaustausch, Durchführungsmechanismus sowie Schlussbestimmungen. Dem Text sind Auslegungshinweise beigefügt.',
        cc5e1935: 'Umfang',
        b23cfedc: '68 Artikel.',
        '623ed916': 'Straftaten',
        '0f0ee061':
          'Elf Straftaten, die die Vertragsparteien unter Strafe stellen müssen, darunter rechtswidriger Zugang und rechtswidriges Abfangen, Eingriffe in Daten oder Systeme, Missbrauch von Vorrichtungen, IKT-bezogene Fälschung, Diebstahl und Betrug, Darstellungen sexuellen Kindesmissbrauchs und Cybergrooming, die Weitergabe intimer Bilder ohne Einwilligung sowie die Wäsche von Erträgen aus Straftaten.',
        '037b7cb2': 'Intime Bilder',
        '58713007':
          'UN News bezeichnet ihn als ersten internationalen Vertrag, der die Weitergabe intimer Bilder ohne Einwilligung zur Straftat macht.',
        ea48a2b0: '„Schwere Straftat“',
        d3f81d53:
          'Die Pflicht, elektronische Beweismittel zu teilen, erstreckt sich auf jede „schwere Straftat“, definiert als eine mit mindestens vier Jahren Freiheitsstrafe bedrohte Tat – nicht nur auf die im Vertrag aufgeführten Straftaten.',
        '9036cec8': 'Gerichtsbarkeit',
        '70135488':
          'Ein Staat kann seine Gerichtsbarkeit über im Ausland begangene Taten begründen, die seinen Staatsangehörigen schaden. Nach Aussage eines Mitglieds des US-Verhandlungsteams gilt dies nur für die elf Straftaten des Vertrags selbst.',
        '23d6e135': 'Menschenrechte',
        f883a726:
          'Die Vertragsparteien müssen ihre Pflichten im Einklang mit den internationalen Menschenrechtsnormen erfüllen, und der Vertrag darf nicht so ausgelegt werden, dass er die Unterdrückung von Rechten wie der Meinungs-, Gewissens-, Religions- oder Weltanschauungsfreiheit, der Versammlungs- und der Vereinigungsfreiheit erlaubt. Der Wortlaut dieser Klausel war bis in die letzten Verhandlungsstunden umstritten.',
        '93fdea2d': 'Bedingungen und Schutzvorkehrungen',
        '360da0b7':
          'Das nationale Recht muss die Ermittlungsbefugnisse an menschenrechtliche Bedingungen und Schutzvorkehrungen knüpfen. Das Vereinigte Königreich versteht diese als verbindlich und auch für die internationale Zusammenarbeit geltend.',
        f220b529: 'Ermittlungsbefugnisse',
        f3423b36:
          'Die Behörden erhalten Befugnisse, die umgehende Sicherung von Daten anzuordnen, ihre Herausgabe zu verlangen, zu durchsuchen und zu beschlagnahmen, Verkehrsdaten in Echtzeit zu erheben und Inhalte abzufangen.',
        '82873510': 'Internationale Zusammenarbeit',
        '0b0de9ae':
          'Rechtshilfe, Auslieferung, gemeinsame Ermittlungen und Vermögensabschöpfung zwischen den Vertragsparteien.',
        '4864bb83': '24/7-Netzwerk',
        d36e0a89:
          'Jede Vertragspartei benennt eine rund um die Uhr erreichbare Kontaktstelle für dringende Hilfe, etwa zur Sicherung von Daten.',
        '87cb5b35': 'Verweigerung der Zusammenarbeit',
        d34d986e:
          'Ein Staat kann ein Ersuchen ablehnen, wenn er annimmt, dass es Menschenrechtsverletzungen dienen würde oder politisch motiviert ist (so die Zusammenfassung des Rates der EU).',
        e7e79ab3: 'Electronic Frontier Foundation (EFF)',
        '4c6edf49':
          'Nach Ansicht der EFF öffnet der Vertrag weite Kanäle für grenzüberschreitende Überwachung und Datenweitergabe, die weit über Cyberkriminalität hinausgehen, ohne durchsetzbare menschenrechtliche Schutzvorkehrungen; die Vier-Jahres-Schwelle für eine „schwere Straftat“ kann in vielen Ländern friedliche Meinungsäußerung, Protest, Journalismus oder LGBTQ+-Ausdruck erfassen, und Zusammenarbeit wird selbst dort erwartet, wo Gerichte nicht unabhängig sind. Die EFF forderte die Regierungen auf, nicht zu unterzeichnen.',
        bfcca0e6: 'Human Rights Watch',
        ede172db:
          'Nach Ansicht von HRW verpflichtet er Staaten, weitreichende elektronische Überwachungsbefugnisse zu schaffen und Beweismittel für jede schwere Straftat zu teilen, auch ohne Bezug zu Computern, ohne ausreichende Schutzvorkehrungen; HRW rief die Staaten auf, ihn nicht zu ratifizieren.',
        '53a9ba7d': 'NGO-Koalition (gemeinsame Erklärung vor der Unterzeichnung in Hanoi)',
        af806f4c:
          'Nach Ansicht dieser NGOs sind die nationalen Schutzvorkehrungen schwach, und es fehlen vertragsweite Prüfmaßstäbe der Rechtmäßigkeit, Notwendigkeit und Verhältnismäßigkeit; Sicherheitsforschende, Whistleblower, Aktivisten und Journalisten sind nicht ausreichend geschützt. Sie riefen die Staaten auf, weder zu unterzeichnen noch zu ratifizieren.',
        '3d81e083': 'Access Now',
        '5455c5f4':
          'Nach Ansicht von Access Now kriminalisiert er zu breit und schützt Rechte und Sicherheitsforschung zu wenig; er könnte die Auslieferung von Menschen erleichtern, die von ihren eigenen Regierungen verfolgt werden; die Unterzeichnung in Vietnam abzuhalten, sei ein falsches Signal gewesen.',
        '42418219':
          'Cybersecurity Tech Accord (Industriebündnis u. a. mit Microsoft, Meta und Cisco)',
        '724d9c39':
          'Nach Ansicht des Bündnisses setzt er Sicherheitsforschende und Penetrationstester der Strafverfolgung aus und erlaubt Regierungen, personenbezogene Daten heimlich auszutauschen, ohne Transparenz und ohne Möglichkeit, dagegen vorzugehen; es nannte ihn einen Überwachungsvertrag.',
        '4e7ea900': 'Wirtschaftsdelegation von mehr als 160 Technologieunternehmen',
        '301cf19c':
          'Blieb Berichten zufolge der Unterzeichnungszeremonie in Hanoi aus Protest fern.',
        e35fb206: 'Microsoft (Amy Hogan-Burney)',
        d9d45cc8:
          'Nach Ansicht von Microsoft war der Entwurf zu vage und könnte zu einem Werkzeug für übergriffigen Datenzugriff und für die Bestrafung gewöhnlicher Sicherheitsarbeit und ethischen Hackings werden.',
        c9afce05: 'Internationale Handelskammer (ICC)',
        d2c50b62:
          'Nach Ansicht der ICC erlaubt er Datenerhebung ohne angemessene Schutzvorkehrungen oder richterliche Kontrolle, erhöht die Compliance-Kosten, könnte Sicherheitsforschung kriminalisieren, und erzwungene Hilfe beim Eindringen in Systeme könnte die nationale Sicherheit gefährden.',
        '511a8fe2': 'Büro des UN-Hochkommissars für Menschenrechte (OHCHR)',
        '1d664d13':
          'Das OHCHR forderte einen Text, der vollständig mit den internationalen Menschenrechtsnormen übereinstimmt, und warnte, dass unscharf definierte Cyberstraftaten dazu dienen, die Meinungsfreiheit einzuschränken.',
        d7932265: 'ARTICLE 19',
        '83bd241e':
          'Nach Ansicht von ARTICLE 19 ist der Vertrag unnötig und sein Anwendungsbereich zu weit, mit vielen äußerungsbezogenen Straftaten in den Entwürfen; vage Definitionen könnten Überwachung und Einschränkungen der Freiheiten im Netz Tür und Tor öffnen.',
        '4cb76323': 'Privacy International',
        f288bddc:
          'Nach Ansicht von Privacy International sollte der Anwendungsbereich auf Kernstraftaten beschränkt werden, die von Computern abhängen, und die Überwachungs- und Datenerhebungsbefugnisse brauchen strenge Schutzvorkehrungen.',
        '6cf5904b': 'US-Handelskammer (US Chamber of Commerce)',
        a534e123:
          'Sie nannte den Ansatz grundlegend fehlerhaft: Russland habe den Prozess gesteuert, und der Schutz von Datensicherheit und Privatsphäre reiche nicht aus. Sie empfahl den USA, sich zu enthalten.',
        '26e79b78': 'Eli Scher-Zagier (Lawfare)',
        '26a13ed6':
          'Nach seiner Ansicht verleiht die Gerichtsbarkeitsklausel in Art. 22 Staaten Legitimität, die ihr Strafrecht auf Ausländer im Ausland anwenden, deren Verhalten ihre Staatsangehörigen betrifft.',
        ee8afa3e: 'Menschenrechtsgruppen, zur Wahl des Gastgebers',
        a649b335:
          'Sie stellten Vietnam als Gastgeber infrage, da dort Menschen wegen Online-Beiträgen festgenommen werden.',
        '55e77f84': 'UN-Generalsekretär António Guterres',
        '0f43bb67':
          'Nach seinen Worten der erste internationale Strafrechtsvertrag seit mehr als zwanzig Jahren: eine Plattform, um elektronische Beweismittel auszutauschen und Opfern zu helfen, während Rechte im Netz geschützt werden.',
        eb0f8263: 'Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung (UNODC)',
        '41e37416':
          'Nach Angaben des UNODC schafft er den ersten globalen Rahmen, um elektronische Beweismittel aller schweren Straftaten zu erheben und zu teilen, und das erste weltweite, rund um die Uhr erreichbare Kooperationsnetz, mit technischer Hilfe für Entwicklungsländer.',
        e0afaa3b: 'Europäische Union',
        '994b364d':
          'Nach Ansicht der EU ermöglicht er die Zusammenarbeit mit den rund 115 UN-Mitgliedstaaten außerhalb der Budapester Konvention, enthält Schutzvorkehrungen für Menschenrechte und Datenschutz und fügt sich in bestehende Rahmen ein.',
        '710317c3': 'Vereinigtes Königreich',
        d950fe62:
          'Das Vereinigte Königreich räumt Risiken ein, hält die Schutzvorkehrungen in Art. 24 aber für verbindlich, nicht optional, und auch für die Zusammenarbeit geltend; es will beobachten, wie der Vertrag umgesetzt wird.',
        '2def47ec': 'Ein Mitglied der US-Verhandlungsdelegation (Lawfare)',
        c7531808:
          'Nach seiner Ansicht entspricht er inhaltlich der Budapester Konvention, und seine Gerichtsbarkeitsklausel beschränkt sich auf die elf im Vertrag definierten Straftaten.',
        '38e12873': 'Vereinigte Staaten (2024)',
        '26cf563a':
          'Die USA schlossen sich dem Konsens an, damit der Prozess vorankommt, und um Auslegungshinweise zu erreichen.',
        '7c7a59d8': 'Brasilien (Außenministerium)',
        bca76b8a:
          'Nach Ansicht Brasiliens ein nützliches Kooperationsinstrument zum Schutz von Opfern, mit menschenrechtlichen Schutzvorkehrungen; Brasilien war stellvertretender Vorsitzender des Verhandlungsausschusses.',
        cdd8ee8f: 'Russland (Außenministerium)',
        edabf345:
          'Nach Ansicht Russlands eine solide Grundlage für polizeiliche Zusammenarbeit, die die digitale Souveränität der Staaten achtet; sein Anwendungsbereich könnte später durch ein Protokoll erweitert werden.',
        b984ff3d: 'Vietnam',
        '48751933':
          'Nach Ansicht Vietnams ein im Konsens erreichter globaler Rahmen; es ruft die Staaten auf, ihn bald zu unterzeichnen und zu ratifizieren.',
        bfaa1a82: 'Budapester Konvention',
        '33a2b3cf': 'Vertrag des Europarats über Computerkriminalität, 2001',
        '70ec4f43':
          'Der erste internationale Vertrag über Computerkriminalität: Er definiert Kernstraftaten, gibt Behörden Befugnisse über elektronische Beweismittel und regelt die Zusammenarbeit seiner Vertragsparteien, zu denen viele Staaten außerhalb Europas gehören.',
        '68f3b9bd':
          'Ein Vertrag des Europarats (SEV Nr. 185), am 23. November 2001 in Budapest zur Unterzeichnung aufgelegt und seit dem 1. Juli 2004 in Kraft. Er vereinheitlicht die Definitionen zentraler Computerstraftaten, gibt Behörden Befugnisse über elektronische Beweismittel und regelt die Zusammenarbeit der Vertragsparteien, einschließlich eines rund um die Uhr erreichbaren Netzes von Kontaktstellen; Staaten außerhalb des Europarats können auf Einladung beitreten. Zwei Protokolle ergänzen Regeln zu rassistischen und fremdenfeindlichen Handlungen (2003) und zum grenzüberschreitenden Zugang zu elektronischen Beweismitteln (2022).',
        '06418975': '48 Artikel in vier Kapiteln.',
        '7f8b6344':
          'Rechtswidriger Zugang, rechtswidriges Abfangen, Eingriffe in Daten und Systeme, Missbrauch von Vorrichtungen, computerbezogene Fälschung und computerbezogener Betrug, Darstellungen sexuellen Kindesmissbrauchs sowie Verletzungen des Urheberrechts und verwandter Schutzrechte.',
        '5a768317':
          'Jede Vertragspartei benennt eine rund um die Uhr erreichbare Kontaktstelle für dringende Hilfe: technische Beratung, Sicherung von Daten und Erhebung von Beweismitteln.',
        f1d367c7: 'Beitritt',
        d5528313:
          'Staaten, die nicht Mitglied des Europarats sind, können nach Einladung und Konsultation der Vertragsparteien beitreten.',
        '209576f2': 'Überwachung',
        '9b93a1a4':
          'Der Ausschuss für das Übereinkommen über Computerkriminalität (T-CY), bestehend aus den Vertragsparteien, überwacht die Anwendung des Vertrags.',
        '3c64da37':
          'Nach Ansicht von ARTICLE 19 hat die Konvention gute Seiten, genügt aber bei Meinungsfreiheit und Privatsphäre nicht; sie sollte daher nicht als Vorbild dienen, und ihre Mängel sollten nicht in den UN-Vertrag übernommen werden.',
        '44101a4c': 'Russland',
        '92f9fd2c': 'Russland lehnt die Konvention als Verletzung der nationalen Souveränität ab.',
        '9dbd062c': 'Indien',
        '5f79ac21':
          'Indien ist nicht beigetreten, mit der Begründung, es sei an der Ausarbeitung des Textes nicht beteiligt gewesen.',
        '7dff08e9': 'Europarat',
        '169b1448':
          'Nach Angaben des Europarats schafft die Konvention über ihren Text hinaus Netzwerke von Praktikern, die auch in Notfällen zusammenarbeiten, und jedes Land kann sie als Vorbild für seine Gesetze nutzen.',
        '1c3065ac': 'Vereinigte Staaten',
        '85307030':
          'Die USA nennen sie den Goldstandard („gold standard“) der internationalen Zusammenarbeit gegen Cyberkriminalität.',
        '252c68d7': 'Regierung Neuseelands',
        e28940be:
          'Nach ihren Angaben hilft der Beitritt Neuseeland, mit Partnern grenzüberschreitende Kriminalität zu untersuchen und Beweismittel zu beschaffen.',
        efcbc060: 'Erstes Zusatzprotokoll (Rassismus und Fremdenfeindlichkeit)',
        '6dc5fdb7': 'Protokoll zur Budapester Konvention, 2003',
        fe248ea4:
          'Wendet die Straftatbestände und Kooperationsregeln der Budapester Konvention auf rassistisches und fremdenfeindliches Material an, das über Computersysteme verbreitet wird.',
        '9f699dc8':
          'Ein Protokoll von 2003 (SEV Nr. 189), das die Straftatbestände, Ermittlungsbefugnisse und Kooperationsregeln der Budapester Konvention auf rassistisches und fremdenfeindliches Material anwendet, das über Computersysteme verbreitet wird. Es trat im März 2006 in Kraft.',
        '63e6658b': 'Anwendungsbereich',
        '1db3ad04':
          'Erstreckt die strafrechtlichen, verfahrensrechtlichen und Kooperationsbestimmungen der Konvention auf rassistische und fremdenfeindliche Propaganda im Netz.',
        '3f80116a':
          'Nach Angaben des Europarats gleicht es das nationale Strafrecht zu Rassismus und Fremdenfeindlichkeit im Netz an und erleichtert die Zusammenarbeit dabei.',
        '1a69087c': 'Zweites Zusatzprotokoll (elektronische Beweismittel)',
        '64c1725e': 'Protokoll zur Budapester Konvention, 2022',
        dce53d6a:
          'Gibt den Vertragsparteien schnellere Wege, im Ausland gespeicherte elektronische Beweismittel zu erlangen, auch durch direkte Anfragen an Diensteanbieter, mit Datenschutzvorkehrungen.',
        '12a4ed4b':
          'Ein Protokoll von 2022 (SEV Nr. 224), das den Vertragsparteien neue Wege gibt, im Ausland gespeicherte elektronische Beweismittel zu erlangen: direkte Anfragen an Domain-Registrare und Diensteanbieter in einer anderen Vertragspartei, schnellere Herausgabe von Bestands- und Verkehrsdaten, Zusammenarbeit in Notfällen, gemeinsame Ermittlungsgruppen und Vernehmungen per Videokonferenz. Dazu kommen Schutzvorkehrungen für Menschenrechte und Datenschutz.',
        cb239ada: 'Neue Instrumente',
        '151c1521':
          'Direkte Anfragen an Registrare und Anbieter im Ausland, beschleunigte Herausgabe von Bestands- und Verkehrsdaten, Nothilfe, gemeinsame Ermittlungsgruppen und Videokonferenzen.',
        '981c2afa': 'Schutzvorkehrungen',
        '63bd92f1':
          'Die neuen Befugnisse sind an menschenrechtliche und datenschutzrechtliche Bedingungen geknüpft.',
        '0ed7b44a':
          'Nach Ansicht der EFF sind die Aufsichtsanforderungen unzureichend, die Datenschutzstandards schwach, und die neuen Befugnisse umgehen bestehende Rechenschaftsmechanismen.',
        '52ba68a2':
          'Nach Angaben des Europarats löst es das Problem von Beweismitteln in fremden, mehreren oder unbekannten Rechtsordnungen, mit Schutzvorkehrungen für Menschenrechte und Datenschutz.',
        '8706f9a2': 'UN-Ad-hoc-Ausschuss zu Cyberkriminalität',
        d7a580e1: 'UN-Verhandlungsausschuss, eingesetzt 2019',
        '4ed8623b':
          'Das Gremium der UN-Mitgliedstaaten, das die UN-Konvention gegen Cyberkriminalität ausgehandelt hat. Es bereitet nun die erste Konferenz der Vertragsstaaten und einen Protokollentwurf vor.',
        '417dbd0a':
          'Ein zwischenstaatlicher Ausschuss, den die UN-Generalversammlung im Dezember 2019 (Resolution 74/247) auf einen von Russland angeführten Vorschlag hin in einer umstrittenen Abstimmung eingesetzt hat, um ein weltweites Übereinkommen gegen die kriminelle Nutzung von Informations- und Kommunikationstechnologien auszuarbeiten. Nach Verhandlungsrunden in New York und Wien ab 2022 billigte er im August 2024 im Konsens einen Konventionsentwurf, den die Generalversammlung im Dezember 2024 als UN-Konvention gegen Cyberkriminalität annahm. Sein verbleibendes Mandat: eine Geschäftsordnung für die Konferenz der Vertragsstaaten vorbereiten und einen Protokollentwurf aushandeln.',
        '936e8f4b': 'Mandat',
        '69e5fe48':
          'Eingesetzt durch Resolution 74/247 der Generalversammlung, um ein umfassendes internationales Übereinkommen zur Bekämpfung der Nutzung von IKT für kriminelle Zwecke auszuarbeiten.',
        a302ea49: 'Arbeitsweise',
        '3920342a':
          'Resolution 75/282 sah mindestens sechs Verhandlungsrunden vor und die Vorlage des Entwurfs an die Generalversammlung auf ihrer 78. Tagung.',
        '5df4a336': 'Arbeit nach der Annahme',
        '46262035':
          'Bereitet die Geschäftsordnung der Konferenz der Vertragsstaaten vor und handelt einen Protokollentwurf aus, der weitere Straftaten hinzufügen kann. Russland hat vorgeschlagen, darin die terroristische und extremistische Nutzung von IKT sowie Drogen- und Waffenhandel zu erfassen.',
        '04ec0b2a': 'Vorsitz',
        '5f1c56f5': 'Vorsitz: Faouzia Boumaiza-Mebarki (Algerien).',
      },
    },
    {
      // The key dates the preview card shows (its compact timeline); other events stay English.
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        cea27b0d:
          'Die Generalversammlung nimmt das Übereinkommen ohne Abstimmung an (Resolution 79/243, 55. Plenarsitzung).',
        '94d0cf13':
          'Auflegung zur Unterzeichnung bei einer Zeremonie in Hanoi. Vietnam unterzeichnet als Erstes; die EU, China, Russland, das Vereinigte Königreich, Australien und Brasilien gehören zu den Unterzeichnern. Die USA, Kanada, Neuseeland, Japan, Indien, Mexiko und Israel unterzeichnen dort nicht.',
        bb766953:
          'Letzter Tag, an dem das Übereinkommen unterzeichnet werden kann, am UN-Hauptsitz in New York (Art. 64).',
        '3f2edfe3':
          'Beim Europarat beginnt die Ausarbeitung, mit Kanada, Japan, den Philippinen, Südafrika und den Vereinigten Staaten als Beobachtern; sie dauert bis zum Herbst 2001.',
        b98b5f0e: 'Das Ministerkomitee nimmt den Text auf seiner 109. Tagung an.',
        '72260d6c': 'In Budapest zur Unterzeichnung aufgelegt.',
        '6600d8b7': 'Tritt in Kraft.',
        '7b0fb4da': 'In Straßburg zur Unterzeichnung aufgelegt.',
        aecb8315: 'Tritt nach den ersten fünf Ratifikationen in Kraft.',
        f95b3926:
          'Die Generalversammlung nimmt Resolution 74/247 an und setzt damit den Ad-hoc-Ausschuss ein.',
        d997b087: 'Erste Verhandlungsrunde, New York.',
        '77cfc027':
          'Der Ausschuss billigt im Konsens den Konventionsentwurf und einen Resolutionsentwurf für die Generalversammlung.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft; positions added from FACTS.md section 6)',
      reviewed: false,
      texts: {
        dd8f6ea7: 'R3D und andere zivilgesellschaftliche Organisationen (gemeinsame Erklärung)',
        '99c4dc95':
          'Der Entwurf von Regel 17 der Geschäftsordnung würde es einem einzigen Einwand erlauben, die Akkreditierung einer Organisation bei der Konferenz der Vertragsstaaten zu blockieren.',
        '70abc41a': 'Michael Geist und die Canadian Civil Liberties Association',
        f888da0a:
          'Kritisierten Kanadas gemeldete Unterzeichnung vom Juli 2026 als stille Entscheidung, einem Überwachungsvertrag beizutreten.',
        '31082e41': 'Europäische Union und ihre Mitgliedstaaten (2026)',
        '08d36870':
          'Verpflichten sich zu einer wirksamen Umsetzung des Übereinkommens und erinnern daran, dass sie zu seinen ersten Unterzeichnern gehörten.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft): the preview card’s short phrases',
      reviewed: false,
      texts: {
        f44ecad9:
          'Überwachung weit über Cyberkriminalität hinaus, ohne durchsetzbare Schutzvorkehrungen.',
        fd30851c: 'EFF',
        '0599a4cc': 'Überwachungsbefugnisse, geteilt für jede schwere Straftat.',
        bb4db3de: 'Der erste Strafrechtsvertrag seit zwanzig Jahren.',
        b2406071: 'UN-Generalsekretär',
        c42f9c88: 'Ein globaler Rahmen und ein 24/7-Netz zum Austausch von Beweisen.',
        '1450ef96': 'UNODC',
        '806b9735': 'Unzureichend bei Meinungsfreiheit und Privatsphäre.',
        '3186c212': 'Ein Eingriff in die nationale Souveränität.',
        '8bd6c83c': 'Netzwerke von Praktikern, die zusammenarbeiten; ein Vorbild für Gesetze.',
        '22f66c18': 'Der „Goldstandard“ der Zusammenarbeit gegen Cyberkriminalität.',
      },
    },
  ],
};
