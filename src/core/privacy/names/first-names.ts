// Common first names in the Netherlands, shipped with the code (nothing is fetched at run time).
// Dutch names of several generations, and the names of Moroccan, Turkish, Surinamese, Antillean,
// Polish, Ukrainian, Syrian, Eritrean, Somali and Afghan Dutch: a detector that only knows "Jan"
// and "Sanne" protects some clients and not others. Names that are also Dutch words are listed
// in ambiguous.ts and count only with context.

const dutchMale = `
Aad Aart Abe Adriaan Albert Alex Alexander Andre André Anton Arend Arie Arjan Arjen Arno Arnold
Arthur Bart Bas Bastiaan Ben Benjamin Bennie Bert Bertus Bob Bjorn Björn Boaz Boris Bram Brian
Casper Cees Chris Christiaan Christian Coen Cor Corné Cornelis Daan Daniel Daniël Dave David Dennis
Dick Diederik Dik Dirk Dolf Dries Edwin Eelco Eric Erik Ernst Erwin Evert Fabian Finn Floris Frank
Frans Freek Fred Frederik Frits Gerard Gerben Gerrit Gert Gijs Guido Guus Hans Harm Harrie Harry
Hein Hendrik Henk Henri Herman Hidde Hugo Huib Huub Ivo Jaap Jacob Jacco Jacques Jan Jannes Jasper
Jelle Jelmer Jeroen Jesse Job Joep Johan Johannes John Jop Joost Jordy Joris Jos Joshua Jurre
Jurgen Jeffrey Kai Karel Kees Kevin Klaas Koen Lars Laurens Leo Leon Levi Lex Lucas Luc Luuk
Maarten Marcel Marco Mark Martijn Martin Mathijs Matthijs Mats Max Melvin Menno Michael Michel
Mick Mike Milan Mitchell Niels Nick Niek Nico Noah Olaf Olivier Otto Patrick Paul Pepijn Peter
Piet Pieter Pim Quinten Ramon Randy Remco Rens René Richard Rick Rik Rinus Rob Robbert Robert Robin
Roel Rogier Roland Ronald Roy Ruben Rudi Rutger Ruud Sam Sander Sebastiaan Sem Siem Simon Sjaak
Sjoerd Stefan Stan Stijn Sven Teun Theo Thijs Thomas Tim Tijn Tobias Tom Toon Twan Vincent Wesley
Wessel Wilco Willem Wim Wout Wouter Yannick Youri Zeger Hennie Jelte Bauke Sietse Tjeerd Wiebe
`;

const dutchFemale = `
Aafke Agnes Aleida Alida Amber Angela Anita Anja Anke Anna Anne Annelies Annemarie Annemieke Anneke
Annet Annette Annie Anouk Ans Astrid Babette Bea Bep Bernadette Bianca Bregje Carla Carolien
Caroline Catharina Charlotte Chantal Christa Cindy Claudia Conny Corrie Daphne Demi Denise Diana
Dianne Dina Dora Dorien Eline Elise Elisabeth Ellen Els Elly Elske Emma Esmee Esmée Esther Eva
Evelien Evi Fenna Femke Fien Fleur Floor Frederique Gea Gerda Geertje Gonnie Greet Greetje Hanna
Hannah Hanneke Hannie Heleen Helga Henny Hilde Hester Ida Ilse Inge Ingrid Irene Iris Isa Isabel
Isabelle Ivonne Jacqueline Janna Janneke Jannie Jantine Jasmijn Jet Jolanda Joke Jose José
Josephine Joyce Judith Julia Julie Juliette Karin Kim Kirsten Lana Lara Laura Lea Lieke Lies
Liesbeth Lieve Lisa Lisanne Loes Lotte Lotje Louise Lucia Luna Lynn Maaike Manon Margreet Margriet
Maria Marian Marianne Marieke Marije Marijke Marjan Marjolein Marleen Marloes Marlies Martha
Martine Maud Meike Merel Mila Milou Mirjam Monique Nadine Nancy Nathalie Nicole Nienke Nina Noa
Noortje Olivia Petra Pien Puck Renate Ria Rianne Rina Rita Romy Roos Rosa Saar Sanne Sara Sarah
Saskia Silvia Simone Sofie Sophie Suzanne Tamara Tessa Tess Tineke Trees Truus Trudy Vera Wendy
Wilma Willemijn Yvonne Zoë Zoe Sterre Jildou Froukje Geeske Tjitske Wietske Mies Riet Toos Nel
`;

const arabicAndBerber = `
Abdel Abdelkader Abdellah Abdelhak Abdullah Abderrahim Abdelaziz Adam Adil Ahmed Ahmad Ali Amine
Anass Anouar Anwar Ayoub Badr Bilal Brahim Driss Faris Fouad Hamid Hamza Hassan Hicham Houssam
Hussein Ibrahim Ilias Ilyas Imad Ismail Jamal Jawad Kamal Karim Khalid Khaled Mahmoud Marouane
Mehdi Mohamed Mohammed Mohammad Mohamad Muhammad Mounir Mourad Mustafa Mustapha Nabil Nordin Omar
Othman Rachid Rashid Redouan Ridouan Rida Said Saïd Salah Samir Soufian Soufiane Tarik Tariq Yahya
Yassin Yassine Younes Youness Youssef Yusuf Zakaria Zakariya Walid Nasser Nizar Rami Tarek Fadi
Ziad Samer Ammar Firas Basel Abdulrahman Mahmud Hasan Husam Osama Qasim Sami Yasser Mimoun Achraf
Aicha Aisha Aya Amal Amina Amira Asmae Asma Bouchra Dounia Fadoua Farah Fatima Fatma Ghizlane
Hafsa Hajar Hanan Hiba Houda Ikram Imane Iman Kawtar Khadija Latifa Laila Leila Lina Loubna Malika
Maryam Mariam Meryem Mouna Nadia Naima Najat Nawal Nora Noor Nour Rabia Rania Rana Rasha Salma
Samira Sana Sanae Siham Souad Soumaya Wafa Yasmina Yasmine Yousra Zahra Zineb Zainab Zeinab Hind
Ghada Dalia Layla Hala Fatiha Rachida Zohra Habiba Hayat Ilham Karima Nadia Najoua Warda
`;

const turkish = `
Ahmet Arda Burak Can Cem Deniz Emre Enes Erdem Eren Erkan Ercan Furkan Hakan Halil Hüseyin İbrahim
Kemal Kerem Mehmet Murat Necati Oğuz Okan Onur Orhan Osman Ömer Özgür Recep Selim Serkan Sinan
Tolga Tuncay Ufuk Umut Volkan Yunus Yasin Yiğit Baran Berk Alper Bülent Cengiz Ertan Fatih Gökhan
Levent Metin Nihat Şükrü Tayfun Ayşe Aylin Büşra Derya Dilek Ebru Elif Emine Esra Filiz Gül
Gülsen Hatice Hülya Kübra Leyla Melek Melike Merve Nur Nurten Özlem Selin Sevgi Sevim Sibel
Songül Şeyma Tuba Yasemin Zehra Zeynep Zeliha Nermin Hacer Gülay Nazlı Ceren Defne Ecrin Azra
`;

const surinameAndCaribbean = `
Ashwin Anil Ravi Rajesh Radj Sunil Navin Vishal Kiran Rakesh Ramesh Dinesh Suresh Satish Sanjay
Vikash Ajay Amit Roshni Priya Shanti Sita Soenita Sunita Anjali Shivani Reshma Rekha Geeta Kavita
Nisha Sharmila Indira Radha Devi Dewi Kartini Sarita Rajni Poonam Chandni Shanice Romano Glenn
Dwayne Kenneth Rudsel Clyde Ricardo Jermaine Dwight Marvin Edson Gracia Shirley Joan Priscilla
Jennifer Sheila Naomi Tatiana Jayden Jaylano Shaquille Kimberley Chelsea Kenny Shanelle Xavier
Ryan Dylan Jason Kelvin Jordan Gregory Anthony Stephanie Melissa Jessica Tiffany Samantha Vanessa
Natasha Yolanda Denzel Reggie Quincy Giovanni Rosalie Virginia Jurmain Ruthmilda Urvin Darrel
`;

const europeanAndOther = `
Piotr Tomasz Krzysztof Pawel Paweł Marek Michał Michal Jakub Kamil Łukasz Lukasz Mateusz Bartosz
Grzegorz Wojciech Agnieszka Katarzyna Magdalena Małgorzata Malgorzata Joanna Ewa Marta Monika
Justyna Dorota Beata Aleksandra Natalia Oksana Olena Iryna Olga Yulia Tetiana Svitlana Dmytro
Andrii Serhii Oleksandr Oleksii Mykola Viktor Volodymyr Vitalii Ivan Georgi Dimitar Ivaylo Elena
Mihai Andrei Ionut Ioana Gabriela Florin Vasile Daniela Nikolai Sergei Anastasia Ekaterina
Svetlana Tatjana Tesfay Tesfaye Yonas Dawit Filmon Yohannes Aman Habtom Mebrahtu Semere Samuel
Senait Selam Semhar Luwam Helen Mehret Saba Rahel Hiwet Abdi Abdirahman Abdullahi Hodan Farhiya
Ayaan Faysal Hawa Sahra Hamdi Mohamud Ifrah Farid Wahid Jawid Shafiq Nasrin Parisa Fariba Reza
Hossein Amir Arash Dariush Shirin Roya Soraya Linh Minh Anh Thanh Huong Carlos Miguel Jose Luis
Ana Sofia Pedro João Giuseppe Marco Francesca Giulia Alessandro Hiroshi Wei Ming Jun Ping Jiayi
`;

function words(...blocks: string[]): string[] {
  return blocks.flatMap((block) => block.split(/\s+/).filter(Boolean));
}

export const firstNames: readonly string[] = words(dutchMale, dutchFemale, arabicAndBerber, turkish, surinameAndCaribbean, europeanAndOther);
