import type { TranslationFile } from './types';

/** Knowledge content in Spanish. Keys: `sourceHash()` of the English text (see README). */
export const ES: TranslationFile = {
  lang: 'es',
  groups: [
    {
      translatedBy:
        'Official titles as the UN and the Council of Europe (Spain’s official translation) write them (transcribed by Treaty Lens developers)',
      reviewed: false,
      texts: {
        '0824e883': 'Convención de las Naciones Unidas contra la Ciberdelincuencia',
        df45c9e0: 'Convenio sobre la Ciberdelincuencia (Convenio de Budapest)',
        '97e45981':
          'Protocolo adicional al Convenio sobre la Ciberdelincuencia relativo a la penalización de actos de índole racista y xenófoba cometidos por medio de sistemas informáticos',
        '197275f2':
          'Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia relativo a la cooperación reforzada y la revelación de pruebas electrónicas',
        '2ec3b4fa':
          'Comité Especial encargado de Elaborar una Convención Internacional Integral sobre la Lucha contra la Utilización de las Tecnologías de la Información y las Comunicaciones con Fines Delictivos',
      },
    },
    {
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        f1477367: 'Convención de la ONU contra la Ciberdelincuencia',
        f1621ccf: 'Tratado de la ONU sobre ciberdelincuencia, adoptado en 2024',
        '5395ccf8':
          'Los Estados que se adhieren deben tipificar como delito una serie de actos relacionados con la informática, dar a sus autoridades facultades para obtener pruebas electrónicas y compartir esas pruebas más allá de sus fronteras, tanto para estos delitos como para cualquier delito grave.',
        '15385800':
          'Tratado mundial de justicia penal aprobado por la Asamblea General de las Naciones Unidas el 24 de diciembre de 2024 (resolución 79/243), tras unas negociaciones iniciadas a propuesta de Rusia. Los Estados que se adhieren deben tipificar como delito una serie de actos relacionados con la informática, dar a sus autoridades facultades para conservar y obtener pruebas electrónicas y cooperar más allá de sus fronteras en esos delitos y en las pruebas electrónicas de cualquier delito grave, es decir, castigado con al menos cuatro años de prisión. Se abrió a la firma en una ceremonia celebrada en Hanói los días 25 y 26 de octubre de 2025.',
        '3b2a3e66': 'Estructura',
        f1f9e356:
          'Un preámbulo y nueve capítulos: disposiciones generales, penalización, jurisdicción, medidas procesales y aplicación de la ley, cooperación internacional, prevención, asistencia técnica e intercambio de información, mecanismo de aplicación y disposiciones finales. Acompaña al texto un conjunto de notas interpretativas.',
        cc5e1935: 'Extensión',
        b23cfedc: '68 artículos.',
        '623ed916': 'Delitos',
        '0f0ee061':
          'Once delitos que las partes deben tipificar, entre ellos el acceso y la interceptación ilícitos, la interferencia en datos o sistemas, el uso indebido de dispositivos, la falsificación, el robo y el fraude relacionados con las TIC, el material de abuso sexual infantil y el embaucamiento de menores (grooming), la difusión no consentida de imágenes íntimas y el blanqueo del producto del delito.',
        '037b7cb2': 'Imágenes íntimas',
        '58713007':
          'Noticias ONU la describe como el primer tratado internacional que convierte en delito la difusión no consentida de imágenes íntimas.',
        ea48a2b0: '«Delito grave»',
        d3f81d53:
          'La obligación de compartir pruebas electrónicas abarca cualquier «delito grave», definido como un delito castigado con cuatro años o más de prisión, y no solo los delitos que enumera el tratado.',
        '9036cec8': 'Jurisdicción',
        '70135488':
          'Un Estado puede declarar su jurisdicción sobre actos cometidos en el extranjero que perjudiquen a sus nacionales. Según un miembro del equipo negociador estadounidense, esto solo abarca los once delitos del propio tratado.',
        '23d6e135': 'Derechos humanos',
        f883a726:
          'Las partes deben cumplir sus obligaciones de conformidad con el derecho internacional de los derechos humanos, y el tratado no puede interpretarse como una autorización para suprimir derechos como las libertades de expresión, de conciencia, de opinión, de religión o de creencias, de reunión pacífica y de asociación. La redacción de esta cláusula se disputó hasta las últimas horas de las negociaciones.',
        '93fdea2d': 'Condiciones y salvaguardias',
        '360da0b7':
          'El derecho interno debe sujetar las facultades de investigación a condiciones y salvaguardias de derechos humanos. El Reino Unido las interpreta como vinculantes y aplicables también a la cooperación internacional.',
        f220b529: 'Facultades de investigación',
        f3423b36:
          'Las autoridades reciben facultades para ordenar la conservación rápida de datos, exigir su presentación, registrar y decomisar, obtener datos de tráfico en tiempo real e interceptar contenidos.',
        '82873510': 'Cooperación internacional',
        '0b0de9ae':
          'Asistencia judicial recíproca, extradición, investigaciones conjuntas y recuperación de activos entre las partes.',
        '4864bb83': 'Red 24/7',
        d36e0a89:
          'Cada parte designa un punto de contacto localizable a cualquier hora para prestar ayuda urgente, por ejemplo para conservar datos.',
        '87cb5b35': 'Denegación de cooperación',
        d34d986e:
          'Un Estado puede denegar una solicitud si considera que serviría para violar derechos humanos o que tiene motivaciones políticas (según el resumen del Consejo de la UE).',
        e7e79ab3: 'Electronic Frontier Foundation (EFF)',
        '4c6edf49':
          'Según la EFF, el tratado abre amplias vías a la vigilancia transfronteriza y al intercambio de datos que van mucho más allá de la ciberdelincuencia, sin salvaguardias de derechos humanos exigibles; el umbral de cuatro años que define el «delito grave» puede abarcar en muchos países la expresión pacífica, la protesta, el periodismo o la expresión LGBTQ+, y se espera cooperación incluso donde los tribunales no son independientes. Pidió a los gobiernos que no firmaran.',
        bfcca0e6: 'Human Rights Watch',
        ede172db:
          'Según HRW, obliga a los Estados a crear amplias facultades de vigilancia electrónica y a compartir pruebas de cualquier delito grave, incluso sin relación con la informática, sin salvaguardias adecuadas; instó a los Estados a no ratificarlo.',
        '53a9ba7d': 'Coalición de ONG (declaración conjunta antes de la firma en Hanói)',
        af806f4c:
          'Para estas ONG, las salvaguardias nacionales son débiles y el tratado no fija criterios generales de legalidad, necesidad y proporcionalidad; los investigadores de seguridad, denunciantes, activistas y periodistas no están suficientemente protegidos. Instaron a los Estados a no firmar ni ratificar.',
        '3d81e083': 'Access Now',
        '5455c5f4':
          'Según Access Now, tipifica delitos de forma demasiado amplia y protege demasiado poco los derechos y la investigación en seguridad; podría facilitar la extradición de personas perseguidas por sus propios gobiernos; celebrar la firma en Vietnam enviaba una señal equivocada.',
        '42418219':
          'Cybersecurity Tech Accord (coalición empresarial que incluye a Microsoft, Meta y Cisco)',
        '724d9c39':
          'Según esta coalición, deja a los investigadores de seguridad y a los auditores de intrusión expuestos a procesos penales y permite a los gobiernos intercambiar datos personales en secreto, sin transparencia ni forma de impugnarlo; lo calificó de tratado de vigilancia.',
        '4e7ea900': 'Delegación empresarial de más de 160 empresas tecnológicas',
        '301cf19c':
          'Según se informó, no acudió a la ceremonia de firma de Hanói en señal de protesta.',
        e35fb206: 'Microsoft (Amy Hogan-Burney)',
        d9d45cc8:
          'Según Microsoft, el borrador era demasiado vago y podía convertirse en una herramienta de acceso intrusivo a datos y de castigo del trabajo habitual de seguridad y del hacking ético.',
        c9afce05: 'Cámara de Comercio Internacional (ICC)',
        d2c50b62:
          'Según la ICC, permite recopilar datos sin salvaguardias ni control judicial adecuados, aumenta los costes de cumplimiento, puede criminalizar la investigación en seguridad, y la ayuda forzosa para entrar en sistemas podría poner en peligro la seguridad nacional.',
        '511a8fe2':
          'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH)',
        '1d664d13':
          'El ACNUDH pidió un texto plenamente conforme con el derecho internacional de los derechos humanos y advirtió de que los delitos informáticos definidos de forma imprecisa se utilizan para restringir la libertad de expresión.',
        d7932265: 'ARTICLE 19',
        '83bd241e':
          'Según ARTICLE 19, el tratado no es necesario y su alcance es demasiado amplio, con muchos delitos relacionados con la expresión en los borradores; las definiciones vagas podrían abrir la puerta a la vigilancia y a restricciones de las libertades en línea.',
        '4cb76323': 'Privacy International',
        f288bddc:
          'Según Privacy International, el ámbito debería limitarse a los delitos básicos que dependen de la informática, y las facultades de vigilancia y recopilación de datos necesitan salvaguardias estrictas.',
        '6cf5904b': 'Cámara de Comercio de Estados Unidos',
        a534e123:
          'Calificó el enfoque de fundamentalmente defectuoso: Rusia había dirigido el proceso y las protecciones de la seguridad de los datos y la privacidad eran insuficientes. Recomendó que Estados Unidos se abstuviera.',
        '26e79b78': 'Eli Scher-Zagier (Lawfare)',
        '26a13ed6':
          'Según él, la cláusula de jurisdicción del art. 22 legitima que los Estados apliquen su derecho penal a extranjeros en el exterior cuya conducta afecte a sus nacionales.',
        ee8afa3e: 'Organizaciones de derechos humanos, sobre la elección de la sede',
        a649b335:
          'Cuestionaron a Vietnam como anfitrión por su historial de detenciones de personas por publicaciones en línea.',
        '55e77f84': 'António Guterres, secretario general de la ONU',
        '0f43bb67':
          'Según él, es el primer tratado internacional de justicia penal acordado en más de veinte años: una plataforma para intercambiar pruebas electrónicas y ayudar a las víctimas protegiendo a la vez los derechos en línea.',
        eb0f8263: 'Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)',
        '41e37416':
          'Según la UNODC, crea el primer marco mundial para reunir y compartir pruebas electrónicas de todos los delitos graves y la primera red mundial de cooperación permanente, con ayuda técnica para los países en desarrollo.',
        e0afaa3b: 'Unión Europea',
        '994b364d':
          'Según la UE, permite cooperar con los aproximadamente 115 Estados miembros de la ONU que no son parte del Convenio de Budapest, contiene salvaguardias de derechos humanos y de protección de datos y encaja con los marcos existentes.',
        '710317c3': 'Reino Unido',
        d950fe62:
          'El Reino Unido admite que hay riesgos, pero sostiene que las salvaguardias del art. 24 son vinculantes, no opcionales, y se aplican también a la cooperación; vigilará cómo se aplica el tratado.',
        '2def47ec': 'Un miembro de la delegación negociadora de EE. UU. (Lawfare)',
        c7531808:
          'Según él, en lo sustancial reproduce el Convenio de Budapest, y su cláusula de jurisdicción se limita a los once delitos que define el tratado.',
        '38e12873': 'Estados Unidos (2024)',
        '26cf563a':
          'Estados Unidos se sumó al consenso para que el proceso avanzara y para buscar pautas de interpretación.',
        '7c7a59d8': 'Brasil (Ministerio de Relaciones Exteriores)',
        bca76b8a:
          'Según Brasil, es una herramienta de cooperación útil para proteger a las víctimas, con salvaguardias de derechos humanos; Brasil fue vicepresidente del comité negociador.',
        cdd8ee8f: 'Rusia (Ministerio de Asuntos Exteriores)',
        edabf345:
          'Según Rusia, es una base sólida para la cooperación policial que respeta la soberanía digital de los Estados; su alcance podría ampliarse más adelante mediante un protocolo.',
        b984ff3d: 'Vietnam',
        '48751933':
          'Según Vietnam, es un marco mundial alcanzado por consenso; pide a los Estados que lo firmen y ratifiquen pronto.',
        bfaa1a82: 'Convenio de Budapest',
        '33a2b3cf': 'Tratado del Consejo de Europa sobre ciberdelincuencia, 2001',
        '70ec4f43':
          'El primer tratado internacional sobre delitos informáticos: define los delitos básicos, da a las autoridades facultades sobre las pruebas electrónicas y organiza la cooperación entre sus partes, entre las que hay muchos Estados de fuera de Europa.',
        '68f3b9bd':
          'Tratado del Consejo de Europa (STE n.º 185) abierto a la firma en Budapest el 23 de noviembre de 2001 y en vigor desde el 1 de julio de 2004. Armoniza las definiciones de los principales delitos informáticos, da a las autoridades facultades sobre las pruebas electrónicas y organiza la cooperación entre las partes, incluida una red de puntos de contacto disponibles a toda hora; los Estados que no pertenecen al Consejo de Europa pueden adherirse si son invitados. Dos protocolos añaden normas sobre actos racistas y xenófobos (2003) y sobre el acceso transfronterizo a pruebas electrónicas (2022).',
        '06418975': '48 artículos en cuatro capítulos.',
        '7f8b6344':
          'Acceso ilícito, interceptación ilícita, interferencia en los datos y en los sistemas, abuso de los dispositivos, falsificación y fraude informáticos, material de abuso sexual infantil e infracciones de la propiedad intelectual y de los derechos afines.',
        '5a768317':
          'Cada parte designa un punto de contacto localizable a cualquier hora para prestar ayuda urgente: asesoramiento técnico, conservación de datos y obtención de pruebas.',
        f1d367c7: 'Adhesión',
        d5528313:
          'Los Estados que no son miembros del Consejo de Europa pueden adherirse una vez invitados, previa consulta a las partes.',
        '209576f2': 'Seguimiento',
        '9b93a1a4':
          'El Comité del Convenio sobre la Ciberdelincuencia (T-CY), formado por las partes, supervisa la aplicación del tratado.',
        '3c64da37':
          'Según ARTICLE 19, tiene aspectos positivos pero se queda corto en libertad de expresión y privacidad, por lo que no debería servir de modelo y sus defectos no deberían copiarse en el tratado de la ONU.',
        '44101a4c': 'Rusia',
        '92f9fd2c':
          'Rusia rechaza el Convenio por considerarlo una vulneración de la soberanía nacional.',
        '9dbd062c': 'India',
        '5f79ac21': 'India no se ha adherido, alegando que no participó en la redacción del texto.',
        '7dff08e9': 'Consejo de Europa',
        '169b1448':
          'Según el Consejo de Europa, más allá de su texto, el Convenio crea redes de profesionales que cooperan, también en emergencias, y cualquier país puede usarlo como modelo para sus leyes.',
        '1c3065ac': 'Estados Unidos',
        '85307030':
          'Estados Unidos lo considera la referencia por excelencia («gold standard», en inglés) de la cooperación internacional contra la ciberdelincuencia.',
        '252c68d7': 'Gobierno de Nueva Zelanda',
        e28940be:
          'Según este gobierno, la adhesión ayuda a Nueva Zelanda a trabajar con sus socios para investigar delitos transfronterizos y obtener pruebas.',
        efcbc060: 'Primer Protocolo adicional (racismo y xenofobia)',
        '6dc5fdb7': 'Protocolo del Convenio de Budapest, 2003',
        fe248ea4:
          'Aplica los delitos y las normas de cooperación del Convenio de Budapest al material racista y xenófobo difundido por medio de sistemas informáticos.',
        '9f699dc8':
          'Protocolo de 2003 (STE n.º 189) que aplica los delitos, las facultades de investigación y las normas de cooperación del Convenio de Budapest al material racista y xenófobo difundido por medio de sistemas informáticos. Entró en vigor en marzo de 2006.',
        '63e6658b': 'Ámbito',
        '1db3ad04':
          'Extiende las disposiciones penales, procesales y de cooperación del Convenio a la propaganda racista y xenófoba difundida en línea.',
        '3f80116a':
          'Según el Consejo de Europa, armoniza el derecho penal nacional sobre racismo y xenofobia en línea y facilita la cooperación en la materia.',
        '1a69087c': 'Segundo Protocolo adicional (pruebas electrónicas)',
        '64c1725e': 'Protocolo del Convenio de Budapest, 2022',
        dce53d6a:
          'Da a las partes vías más rápidas para obtener pruebas electrónicas que se encuentran en el extranjero, incluidas solicitudes directas a proveedores de servicios, con salvaguardias de protección de datos.',
        '12a4ed4b':
          'Protocolo de 2022 (STCE n.º 224) que da a las partes nuevas vías para obtener pruebas electrónicas que se encuentran en el extranjero: solicitudes directas a registradores de nombres de dominio y proveedores de servicios de otra parte, revelación más rápida de datos de abonados y de tráfico, cooperación de emergencia, equipos conjuntos de investigación y audiencias por videoconferencia. Todo ello con salvaguardias de derechos humanos y de protección de datos.',
        cb239ada: 'Nuevas herramientas',
        '151c1521':
          'Solicitudes directas a registradores y proveedores en el extranjero, entrega acelerada de datos de abonados y de tráfico, asistencia de emergencia, equipos conjuntos de investigación y videoconferencia.',
        '981c2afa': 'Salvaguardias',
        '63bd92f1':
          'Las nuevas facultades están sujetas a condiciones de derechos humanos y de protección de datos.',
        '0ed7b44a':
          'Según la EFF, los requisitos de supervisión son insuficientes, las normas de privacidad débiles y las nuevas facultades eluden los mecanismos de rendición de cuentas existentes.',
        '52ba68a2':
          'Según el Consejo de Europa, responde al problema de las pruebas situadas en jurisdicciones extranjeras, múltiples o desconocidas, con salvaguardias de derechos humanos y de protección de datos.',
        '8706f9a2': 'Comité Especial de la ONU sobre ciberdelincuencia',
        d7a580e1: 'Comité negociador de la ONU, creado en 2019',
        '4ed8623b':
          'El órgano de los Estados miembros de la ONU que negoció la Convención de las Naciones Unidas contra la Ciberdelincuencia. Ahora prepara la primera conferencia de los Estados parte del tratado y un proyecto de protocolo.',
        '417dbd0a':
          'Comité intergubernamental creado por la Asamblea General de las Naciones Unidas en diciembre de 2019 (resolución 74/247), a partir de una propuesta impulsada por Rusia que se aprobó en una votación dividida, para redactar una convención mundial contra la utilización de las tecnologías de la información y las comunicaciones con fines delictivos. Tras sesiones de negociación en Nueva York y Viena desde 2022, aprobó por consenso en agosto de 2024 un proyecto de convención, que la Asamblea General adoptó en diciembre de 2024 como Convención de las Naciones Unidas contra la Ciberdelincuencia. Su mandato pendiente es preparar el reglamento de la Conferencia de los Estados Parte del tratado y negociar un proyecto de protocolo.',
        '936e8f4b': 'Mandato',
        '69e5fe48':
          'Creado por la resolución 74/247 de la Asamblea General para elaborar una convención internacional integral sobre la lucha contra la utilización de las TIC con fines delictivos.',
        a302ea49: 'Método de trabajo',
        '3920342a':
          'La resolución 75/282 pidió al menos seis sesiones de negociación y que el proyecto se presentara a la Asamblea General en su 78.º período de sesiones.',
        '5df4a336': 'Trabajo tras la adopción',
        '46262035':
          'Prepara el reglamento de la Conferencia de los Estados Parte y negocia un proyecto de protocolo que podría añadir otros delitos. Rusia ha propuesto que abarque el uso de las TIC con fines terroristas y extremistas y el tráfico de drogas y de armas.',
        '04ec0b2a': 'Presidencia',
        '5f1c56f5': 'Presidido por la argelina Faouzia Boumaiza-Mebarki.',
      },
    },
    {
      // The key dates the preview card shows (its compact timeline); other events stay English.
      translatedBy: 'Treaty Lens developers (machine-assisted draft)',
      reviewed: false,
      texts: {
        cea27b0d:
          'La Asamblea General aprueba la convención sin votación (resolución 79/243, 55.ª sesión plenaria).',
        '94d0cf13':
          'Apertura a la firma en una ceremonia en Hanói. Vietnam firma primero; la UE, China, Rusia, el Reino Unido, Australia y Brasil están entre los firmantes. Estados Unidos, Canadá, Nueva Zelanda, Japón, India, México e Israel no firman allí.',
        bb766953:
          'Último día en que puede firmarse la convención, en la Sede de la ONU en Nueva York (art. 64).',
        '3f2edfe3':
          'Comienza la redacción en el Consejo de Europa, con Canadá, Japón, Filipinas, Sudáfrica y Estados Unidos como observadores; se prolonga hasta el otoño de 2001.',
        b98b5f0e: 'El Comité de Ministros aprueba el texto en su 109.ª sesión.',
        '72260d6c': 'Apertura a la firma en Budapest.',
        '6600d8b7': 'Entra en vigor.',
        '7b0fb4da': 'Apertura a la firma en Estrasburgo.',
        aecb8315: 'Entra en vigor tras sus cinco primeras ratificaciones.',
        f95b3926: 'La Asamblea General aprueba la resolución 74/247, que crea el Comité Especial.',
        d997b087: 'Primera sesión de negociación, Nueva York.',
        '77cfc027':
          'El comité aprueba por consenso el proyecto de convención y un proyecto de resolución de la Asamblea General.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft; positions added from FACTS.md section 6)',
      reviewed: false,
      texts: {
        dd8f6ea7: 'R3D y otras organizaciones de la sociedad civil (declaración conjunta)',
        '99c4dc95':
          'El proyecto de artículo 17 del reglamento permitiría que una sola objeción bloqueara la acreditación de una organización ante la Conferencia de los Estados Parte.',
        '70abc41a': 'Michael Geist y la Asociación Canadiense de Libertades Civiles',
        f888da0a:
          'Criticaron la firma de Canadá, comunicada en julio de 2026, como una decisión discreta de adherirse a un tratado de vigilancia.',
        '31082e41': 'Unión Europea y sus Estados miembros (2026)',
        '08d36870':
          'Se comprometen a aplicar la convención de forma efectiva y recuerdan que estuvieron entre sus primeros firmantes.',
      },
    },
    {
      translatedBy:
        'Treaty Lens developers (machine-assisted draft): the preview card’s short phrases',
      reviewed: false,
      texts: {
        f44ecad9: 'Vigilancia mucho más allá del ciberdelito, sin salvaguardias exigibles.',
        fd30851c: 'EFF',
        '0599a4cc': 'Poderes de vigilancia compartidos para cualquier delito grave.',
        bb4db3de: 'El primer tratado de justicia penal en veinte años.',
        b2406071: 'Secretario General de la ONU',
        c42f9c88: 'Un marco mundial y una red 24/7 para compartir pruebas.',
        '1450ef96': 'UNODC',
        '806b9735': 'Se queda corto en libertad de expresión y privacidad.',
        '3186c212': 'Una vulneración de la soberanía nacional.',
        '8bd6c83c': 'Redes de profesionales que cooperan; un modelo para las leyes.',
        '22f66c18': 'El «patrón oro» de la cooperación contra el ciberdelito.',
      },
    },
  ],
};
